import { z } from "@medusajs/framework/zod"
import { colorInput, listParams, longText, metadataInput, searchInput, shortText, updateSchema } from "../../utils/validators"

export const AdminGetDispatchTeamsParams = listParams({ limit: 50, sortable: ["name", "created_at"], order: "name" }, { q: searchInput() })
export type AdminGetDispatchTeamsParams = z.infer<typeof AdminGetDispatchTeamsParams>

const fields = {
  name: shortText().min(1),
  description: longText().nullish(),
  color: colorInput().nullish(),
  metadata: metadataInput(),
}
export const AdminCreateDispatchTeam = z.object(fields).strict()
export type AdminCreateDispatchTeam = z.infer<typeof AdminCreateDispatchTeam>
export const AdminUpdateDispatchTeam = updateSchema(fields)
export type AdminUpdateDispatchTeam = z.infer<typeof AdminUpdateDispatchTeam>
