import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { INPUT_LIMITS } from "../../../modules/service-management/utils/input-limits"
import { boundedPaging, idOrIds, orderParam } from "../../utils/validators"

export const StoreGetServiceOrdersParams = createFindParams({ limit: 20, offset: 0 }).extend({
  ...boundedPaging(20),
  order: orderParam(["created_at", "updated_at", "number"], "-created_at"),
  service_object_id: idOrIds(),
  is_open: booleanString().optional(),
})
export type StoreGetServiceOrdersParams = z.infer<typeof StoreGetServiceOrdersParams>

export const StoreCancelServiceOrder = z
  .object({
    note: z.string().trim().min(1).max(INPUT_LIMITS.customerNote).optional(),
  })
  .strict()
export type StoreCancelServiceOrder = z.infer<typeof StoreCancelServiceOrder>

/**
 * `GET /store/service-orders/:id/job-receipt` takes no parameters of its own: the language a
 * storefront asks for is Medusa's `?locale=` / `x-medusa-locale` (read into `req.locale` before
 * any route middleware), used when the plugin translates it.
 */
export const StoreGetServiceOrderDocumentParams = z.object({}).strict()
export type StoreGetServiceOrderDocumentParams = z.infer<typeof StoreGetServiceOrderDocumentParams>

/** `POST /store/service-orders/:id/estimate/accept|decline`: the customer's note, as on a cancellation. */
export const StoreAnswerServiceEstimate = StoreCancelServiceOrder
export type StoreAnswerServiceEstimate = StoreCancelServiceOrder
