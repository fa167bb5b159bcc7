import { z } from "@medusajs/framework/zod"
import { createOperatorMap, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { SERVICE_RETURN_DISPOSITIONS, SERVICE_RETURN_STATUSES } from "../../../modules/service-management/models"
import { adminFindParams, idOrIds, metadataInput, orderParam } from "../../utils/validators"

const SORTABLE = ["created_at", "updated_at", "display_id", "number", "status", "requested_at", "received_at"] as const

export const AdminGetServiceReturnParams = createSelectParams()
export type AdminGetServiceReturnParams = z.infer<typeof AdminGetServiceReturnParams>

export const AdminGetServiceReturnsParams = adminFindParams({ limit: 20, offset: 0 }).extend({
  order: orderParam(SORTABLE, "-created_at"),
  q: z.string().optional(),
  id: idOrIds(),
  order_id: idOrIds(),
  customer_id: idOrIds(),
  return_id: idOrIds(),
  service_order_id: idOrIds(),
  status: z.union([z.enum(SERVICE_RETURN_STATUSES), z.array(z.enum(SERVICE_RETURN_STATUSES))]).optional(),
  created_at: createOperatorMap().optional(),
  updated_at: createOperatorMap().optional(),
})
export type AdminGetServiceReturnsParams = z.infer<typeof AdminGetServiceReturnsParams>

export const ServiceReturnItemBody = z
  .object({
    order_line_item_id: z.string().min(1),
    quantity: z.number().int().positive(),
    serial_number: z.string().trim().min(1).max(200).nullish(),
    service_object_id: z.string().min(1).nullish(),
    disposition: z.enum(SERVICE_RETURN_DISPOSITIONS),
    reason: z.string().max(2000).nullish(),
  })
  .strict()

export const AdminCreateServiceReturn = z
  .object({
    order_id: z.string().min(1),
    reason: z.string().max(2000).nullish(),
    items: z.array(ServiceReturnItemBody).min(1).max(200),
    metadata: metadataInput(),
  })
  .strict()
export type AdminCreateServiceReturn = z.infer<typeof AdminCreateServiceReturn>

export const AdminServiceReturnAction = z
  .object({
    note: z.string().max(2000).nullish(),
    location_id: z.string().min(1).optional(),
    /** The status the caller saw; another status now → 409 naming it. */
    from_status: z.enum(SERVICE_RETURN_STATUSES).optional(),
  })
  .strict()
export type AdminServiceReturnAction = z.infer<typeof AdminServiceReturnAction>
