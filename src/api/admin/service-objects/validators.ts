import { z } from "@medusajs/framework/zod"
import { addressInput, boundedPaging, dateFilter, dateInput, idInput, idOrIds, listParams, metadataInput, noteText, searchInput, serialNumberInput, shortText, updateSchema } from "../../utils/validators"

const SORTABLE = ["created_at", "updated_at", "name", "serial_number", "warranty_end"] as const

export const AdminGetServiceObjectsParams = listParams({ limit: 20, sortable: SORTABLE, order: "-created_at" }, {
  q: searchInput(),
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

export const AdminUpdateServiceObject = updateSchema(fields)
export type AdminUpdateServiceObject = z.infer<typeof AdminUpdateServiceObject>

export const AdminMoveServiceObjectBomVersion = z
  .object({ bom_version_id: idInput(), note: noteText().nullish() })
  .strict()
export type AdminMoveServiceObjectBomVersion = z.infer<typeof AdminMoveServiceObjectBomVersion>

// The entitlement is computed for today: it takes no parameters.
export const AdminGetServiceObjectEntitlementParams = z.object({}).strict()
export type AdminGetServiceObjectEntitlementParams = z.infer<typeof AdminGetServiceObjectEntitlementParams>

/** A timeline page: `limit` (default 50) and `offset`, or `before` (the `at` of the last entry seen) as a cursor. */
export const AdminGetServiceObjectTimelineParams = z.object({ ...boundedPaging(50, 200), before: dateInput().optional() }).strict()
export type AdminGetServiceObjectTimelineParams = z.infer<typeof AdminGetServiceObjectTimelineParams>
