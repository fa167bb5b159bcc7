import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { codeInput, colorInput, dateInput, idInput, idOrIds, listParams, metadataInput, noteText, searchInput, shortText, updateSchema } from "../../utils/validators"
import { INPUT_LIMITS } from "../../../modules/service-management/utils/input-limits"
import { ABSENCE_REASONS } from "../../../types/enums"

export const AdminGetTechniciansParams = listParams(
  { limit: 50, sortable: ["first_name", "last_name", "created_at"], order: "first_name" },
  { q: searchInput(), team_id: idOrIds(), user_id: idOrIds(), is_active: booleanString().optional() }
)
export type AdminGetTechniciansParams = z.infer<typeof AdminGetTechniciansParams>

const period = z.object({ start: codeInput(), end: codeInput() }).strict()
const fields = {
  user_id: idInput().nullish(),
  first_name: shortText().min(1),
  last_name: shortText().nullish(),
  email: z.email().max(INPUT_LIMITS.shortText).nullish(),
  phone: z.string().max(50).nullish(),
  color: colorInput().nullish(),
  skills: z.array(z.string().min(1).max(50)).max(50).optional(),
  timezone: shortText().min(1),
  // Checked in full (zone, periods, overlaps) by the workflow, with the SLA calendar's rules.
  working_hours: z.record(codeInput(), z.array(period).max(10)),
  is_active: z.boolean().optional(),
  team_id: idInput().nullish(),
  metadata: metadataInput(),
}
export const AdminCreateTechnician = z.object(fields).strict()
export type AdminCreateTechnician = z.infer<typeof AdminCreateTechnician>
export const AdminUpdateTechnician = updateSchema(fields)
export type AdminUpdateTechnician = z.infer<typeof AdminUpdateTechnician>

export const AdminGetTechnicianAbsencesParams = z
  .object({ from: dateInput().optional(), to: dateInput().optional() })
  .strict()
export type AdminGetTechnicianAbsencesParams = z.infer<typeof AdminGetTechnicianAbsencesParams>

export const AdminCreateTechnicianAbsence = z
  .object({
    starts_at: dateInput(),
    ends_at: dateInput(),
    reason: z.enum(ABSENCE_REASONS).optional(),
    note: noteText().nullish(),
  })
  .strict()
  .refine((v) => v.ends_at > v.starts_at, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type AdminCreateTechnicianAbsence = z.infer<typeof AdminCreateTechnicianAbsence>
