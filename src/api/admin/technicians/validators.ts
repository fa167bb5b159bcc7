import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { adminFindParams, codeInput, dateInput, idInput, idOrIds, metadataInput, noteText, orderParam, searchInput, shortText } from "../../utils/validators"
import { INPUT_LIMITS } from "../../../modules/service-management/utils/input-limits"
import { ABSENCE_REASONS } from "../../../types/enums"

export const AdminGetTechnicianParams = createSelectParams()
export type AdminGetTechnicianParams = z.infer<typeof AdminGetTechnicianParams>

export const AdminGetTechniciansParams = adminFindParams({ limit: 50, offset: 0 }).extend({
  order: orderParam(["first_name", "last_name", "created_at"], "first_name"),
  q: searchInput(),
  id: idOrIds(),
  team_id: idOrIds(),
  user_id: idOrIds(),
  is_active: booleanString().optional(),
})
export type AdminGetTechniciansParams = z.infer<typeof AdminGetTechniciansParams>

const period = z.object({ start: codeInput(), end: codeInput() }).strict()
const fields = {
  user_id: idInput().nullish(),
  first_name: shortText().min(1),
  last_name: shortText().nullish(),
  email: z.email().max(INPUT_LIMITS.shortText).nullish(),
  phone: z.string().max(50).nullish(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a #rrggbb colour").nullish(),
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
export const AdminUpdateTechnician = z
  .object(fields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "Give at least one field to change" })
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
