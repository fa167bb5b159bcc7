import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { adminFindParams, idOrIds, longText, metadataInput, orderParam, searchInput, shortText } from "../../utils/validators"

export const AdminGetSkillParams = createSelectParams()
export type AdminGetSkillParams = z.infer<typeof AdminGetSkillParams>

export const AdminGetSkillsParams = adminFindParams({ limit: 100, offset: 0 }).extend({
  order: orderParam(["code", "name", "created_at"], "name"),
  q: searchInput(),
  id: idOrIds(),
  code: idOrIds(),
})
export type AdminGetSkillsParams = z.infer<typeof AdminGetSkillsParams>

const fields = {
  code: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,49}$/, "must be lower-case letters, digits, _ . or - (e.g. gas-certified)"),
  name: shortText().min(1),
  description: longText().nullish(),
  metadata: metadataInput(),
}
export const AdminCreateSkill = z.object(fields).strict()
export type AdminCreateSkill = z.infer<typeof AdminCreateSkill>
// The code is how technicians and tasks name a skill: fixed once created.
export const AdminUpdateSkill = z
  .object({ name: fields.name, description: fields.description, metadata: fields.metadata })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "Give at least one field to change" })
export type AdminUpdateSkill = z.infer<typeof AdminUpdateSkill>
