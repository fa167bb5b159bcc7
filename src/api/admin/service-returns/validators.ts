import { z } from "@medusajs/framework/zod"
import { dateFilter, idInput, idOrIds, listParams, metadataInput, noteText, oneOrMany, searchInput, serialNumberInput } from "../../utils/validators"
import { SERVICE_RETURN_DISPOSITIONS, SERVICE_RETURN_STATUSES } from "../../../types/enums"

const SORTABLE = ["created_at", "updated_at", "display_id", "number", "status", "requested_at", "received_at"] as const

export const AdminGetServiceReturnsParams = listParams({ limit: 20, sortable: SORTABLE, order: "-created_at" }, {
  q: searchInput(),
  order_id: idOrIds(),
  customer_id: idOrIds(),
  return_id: idOrIds(),
  service_order_id: idOrIds(),
  status: oneOrMany(SERVICE_RETURN_STATUSES),
  created_at: dateFilter(),
  updated_at: dateFilter(),
})
export type AdminGetServiceReturnsParams = z.infer<typeof AdminGetServiceReturnsParams>

export const ServiceReturnItemBody = z
  .object({
    order_line_item_id: idInput(),
    quantity: z.number().int().positive(),
    serial_number: serialNumberInput().nullish(),
    service_object_id: idInput().nullish(),
    disposition: z.enum(SERVICE_RETURN_DISPOSITIONS),
    reason: noteText().nullish(),
  })
  .strict()

export const AdminCreateServiceReturn = z
  .object({
    order_id: idInput(),
    reason: noteText().nullish(),
    items: z.array(ServiceReturnItemBody).min(1).max(200),
    metadata: metadataInput(),
  })
  .strict()
export type AdminCreateServiceReturn = z.infer<typeof AdminCreateServiceReturn>

export const AdminServiceReturnAction = z
  .object({
    note: noteText().nullish(),
    location_id: idInput().optional(),
    /** The status the caller saw; another status now → 409 naming it. */
    from_status: z.enum(SERVICE_RETURN_STATUSES).optional(),
  })
  .strict()
export type AdminServiceReturnAction = z.infer<typeof AdminServiceReturnAction>
