import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { boundedPaging, idOrIds, orderParam, searchInput } from "../../utils/validators"

export const StoreGetServiceObjectsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  ...boundedPaging(20),
  order: orderParam(["created_at", "name", "warranty_end"], "-created_at"),
  q: searchInput(),
  id: idOrIds(),
  order_id: idOrIds(),
})
export type StoreGetServiceObjectsParams = z.infer<typeof StoreGetServiceObjectsParams>
