import { z } from "@medusajs/framework/zod"
import { boundedInt, boundedPaging, dateInput, idInput } from "../../utils/validators"

const MAX_WINDOW_MS = 31 * 24 * 60 * 60 * 1000

/** A window of time: `from` < `to`, at most 31 days. */
const window = { from: dateInput(), to: dateInput() }
const checkWindow = (v: { from: Date; to: Date }, ctx: z.RefinementCtx) => {
  if (v.to <= v.from) {
    ctx.addIssue({ code: "custom", message: "to must be after from", path: ["to"] })
  } else if (v.to.getTime() - v.from.getTime() > MAX_WINDOW_MS) {
    ctx.addIssue({ code: "custom", message: "the window may span at most 31 days", path: ["to"] })
  }
}

/**
 * The board's window, optionally one team; `limit`/`offset` page the technicians (its rows), so an
 * answer holds what one screen shows however many technicians there are.
 */
export const AdminGetDispatchBoardParams = z
  .object({
    ...window,
    team_id: idInput().optional(),
    ...boundedPaging(25, 200),
    queue_limit: boundedInt(0, 500).optional(),
  })
  .strict()
  .superRefine(checkWindow)
export type AdminGetDispatchBoardParams = z.infer<typeof AdminGetDispatchBoardParams>

/** My work: the current user's own row of the board, for a window. */
export const AdminGetMyWorkParams = z.object(window).strict().superRefine(checkWindow)
export type AdminGetMyWorkParams = z.infer<typeof AdminGetMyWorkParams>
