import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { adminFindParams, idOrIds, longText, metadataInput, orderParam, searchInput, shortText } from "../../utils/validators"

export const AdminGetDispatchTeamParams = createSelectParams()
export type AdminGetDispatchTeamParams = z.infer<typeof AdminGetDispatchTeamParams>

export const AdminGetDispatchTeamsParams = adminFindParams({ limit: 50, offset: 0 }).extend({
  order: orderParam(["name", "created_at"], "name"),
  q: searchInput(),
  id: idOrIds(),
})
export type AdminGetDispatchTeamsParams = z.infer<typeof AdminGetDispatchTeamsParams>

const fields = {
  name: shortText().min(1),
  description: longText().nullish(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a #rrggbb colour").nullish(),
  metadata: metadataInput(),
}
export const AdminCreateDispatchTeam = z.object(fields).strict()
export type AdminCreateDispatchTeam = z.infer<typeof AdminCreateDispatchTeam>
export const AdminUpdateDispatchTeam = z
  .object(fields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "Give at least one field to change" })
export type AdminUpdateDispatchTeam = z.infer<typeof AdminUpdateDispatchTeam>
