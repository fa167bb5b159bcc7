import { z } from "@medusajs/framework/zod"
import { dateInput, idInput } from "../../utils/validators"

/** A dispatch window: `from` < `to`, at most 31 days. */
export const AdminGetDispatchWindowParams = z
  .object({
    from: dateInput(),
    to: dateInput(),
    team_id: idInput().optional(),
    queue_limit: z.preprocess((v) => (typeof v === "string" ? Number(v) : v), z.number().int().min(0).max(500)).optional(),
  })
  .strict()
  .refine((v) => v.to > v.from, { message: "to must be after from", path: ["to"] })
  .refine((v) => v.to.getTime() - v.from.getTime() <= 31 * 24 * 60 * 60 * 1000, { message: "the window may span at most 31 days", path: ["to"] })
export type AdminGetDispatchWindowParams = z.infer<typeof AdminGetDispatchWindowParams>
