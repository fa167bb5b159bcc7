import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { addressInput, adminFindParams, dateFilter, dateInput, idInput, idOrIds, metadataInput, orderParam, searchInput, serialNumberInput, shortText } from "../../utils/validators"

const SORTABLE = ["created_at", "updated_at", "name", "serial_number", "warranty_end"] as const

export const AdminGetServiceObjectParams = createSelectParams()
export type AdminGetServiceObjectParams = z.infer<typeof AdminGetServiceObjectParams>

export const AdminGetServiceObjectsParams = adminFindParams({ limit: 20, offset: 0 }).extend({
  order: orderParam(SORTABLE, "-created_at"),
  q: searchInput(),
  id: idOrIds(),
  customer_id: idOrIds(),
  product_variant_id: idOrIds(),
  order_id: idOrIds(),
  order_line_item_id: idOrIds(),
  serial_number: idOrIds(),
  warranty_end: dateFilter(),
  created_at: dateFilter(),
})
export type AdminGetServiceObjectsParams = z.infer<typeof AdminGetServiceObjectsParams>

const fields = {
  name: shortText().min(1),
  customer_id: idInput(),
  product_variant_id: idInput().nullish(),
  order_id: idInput().nullish(),
  order_line_item_id: idInput().nullish(),
  serial_number: serialNumberInput().nullish(),
  warranty_end: dateInput().nullish(),
  installed_at: dateInput().nullish(),
  parent_id: idInput().nullish(),
  address: addressInput().nullish(),
  metadata: metadataInput(),
}

export const AdminCreateServiceObject = z
  .object({
    ...fields,
    name: fields.name.optional(),
    /** Defaults to the BOM version valid on the install or purchase date; moves go through …/bom-version. */
    bom_version_id: idInput().nullish(),
  })
  .strict()
  .refine((v) => !v.order_line_item_id || !!v.order_id, {
    message: "order_id is required with order_line_item_id",
    path: ["order_id"],
  })
  .refine((v) => !!v.name || !!v.order_line_item_id, {
    message: "name is required unless the object comes from an order line (its title is used)",
    path: ["name"],
  })
export type AdminCreateServiceObject = z.infer<typeof AdminCreateServiceObject>

export const AdminUpdateServiceObject = z
  .object(fields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "Give at least one field to change" })
export type AdminUpdateServiceObject = z.infer<typeof AdminUpdateServiceObject>
