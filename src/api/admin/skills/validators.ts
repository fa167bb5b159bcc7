import { z } from "@medusajs/framework/zod"
import { idOrIds, listParams, longText, metadataInput, searchInput, shortText, updateSchema } from "../../utils/validators"

export const AdminGetSkillsParams = listParams(
  { limit: 100, sortable: ["code", "name", "created_at"], order: "name" },
  { q: searchInput(), code: idOrIds() }
)
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
export const AdminUpdateSkill = updateSchema({ name: fields.name, description: fields.description, metadata: fields.metadata })
export type AdminUpdateSkill = z.infer<typeof AdminUpdateSkill>
