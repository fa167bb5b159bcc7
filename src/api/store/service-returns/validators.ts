import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { idInput, idOrIds, noteText, oneOrMany, orderParam, serialNumberInput, boundedPaging } from "../../utils/validators"
import { SERVICE_RETURN_STATUSES } from "../../../types/enums"

export const StoreGetServiceReturnsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  ...boundedPaging(20),
  order: orderParam(["created_at", "requested_at", "status"], "-created_at"),
  id: idOrIds(),
  order_id: idOrIds(),
  status: oneOrMany(SERVICE_RETURN_STATUSES),
})
export type StoreGetServiceReturnsParams = z.infer<typeof StoreGetServiceReturnsParams>


export const StoreCreateServiceReturn = z
  .object({
    order_id: idInput(),
    reason: noteText().nullish(),
    items: z
      .array(
        z
          .object({
            order_line_item_id: idInput(),
            quantity: z.number().int().positive(),
            serial_number: serialNumberInput().nullish(),
            // What the customer asks for; staff may still reject. Scrapping is staff's call.
            disposition: z.enum(["repair_and_return", "replace", "credit"]).default("repair_and_return"),
            reason: noteText().nullish(),
          })
          .strict()
      )
      .min(1)
      .max(50),
  })
  .strict()
export type StoreCreateServiceReturn = z.infer<typeof StoreCreateServiceReturn>
