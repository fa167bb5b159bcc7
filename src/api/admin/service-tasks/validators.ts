import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { idOrIds, listParams, longText, metadataInput, moneyInput, searchInput, shortText, updateSchema } from "../../utils/validators"

export const AdminGetServiceTasksParams = listParams({ limit: 50, sortable: ["code", "name", "created_at", "updated_at"], order: "name" }, {
  q: searchInput(),
  code: idOrIds(),
  is_active: booleanString().optional(),
})
export type AdminGetServiceTasksParams = z.infer<typeof AdminGetServiceTasksParams>

const fields = {
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/, "must be letters, digits, _ . or - (e.g. INSPECT-01)"),
  name: shortText().min(1),
  description: longText().nullish(),
  default_duration_minutes: z.number().int().positive().max(100000).nullish(),
  default_unit_price: moneyInput().nullish(),
  default_unit_cost: moneyInput().nullish(),
  required_skills: z.array(shortText().min(1)).max(50).optional(),
  is_active: z.boolean().optional(),
  metadata: metadataInput(),
}

export const AdminCreateServiceTask = z.object(fields).strict()
export type AdminCreateServiceTask = z.infer<typeof AdminCreateServiceTask>

export const AdminUpdateServiceTask = updateSchema(fields)
export type AdminUpdateServiceTask = z.infer<typeof AdminUpdateServiceTask>
