import { z } from "@medusajs/framework/zod"
import { dateInput, idInput, noteText } from "../../../../utils/validators"
import { ASSIGNMENT_OVERRIDES } from "../../../../../types/enums"

const override = z.array(z.enum(ASSIGNMENT_OVERRIDES)).max(3)
const windowFields = {
  technician_id: idInput(),
  starts_at: dateInput(),
  ends_at: dateInput(),
  service_order_line_id: idInput().nullish(),
  note: noteText().nullish(),
  override: override.optional(),
  override_note: noteText().nullish(),
}
const endsAfterStart = (v: { starts_at?: Date; ends_at?: Date }) => !v.starts_at || !v.ends_at || v.ends_at > v.starts_at
const endsAfterStartMessage = { message: "ends_at must be after starts_at (a window cannot be empty or reversed)", path: ["ends_at"] }

export const AdminCreateAssignment = z.object(windowFields).strict().refine(endsAfterStart, endsAfterStartMessage)
export type AdminCreateAssignment = z.infer<typeof AdminCreateAssignment>

export const AdminUpdateAssignment = z
  .object({
    ...windowFields,
    status: z.enum(["planned", "in_progress", "done"]).optional(),
    /** The assignment's `updated_at` as the caller saw it: a newer version → 409 naming it. */
    expected_updated_at: dateInput().optional(),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== "expected_updated_at"), { message: "Give at least one field to change" })
  .refine(endsAfterStart, endsAfterStartMessage)
export type AdminUpdateAssignment = z.infer<typeof AdminUpdateAssignment>
