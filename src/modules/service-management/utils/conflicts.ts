import { MedusaError } from "@medusajs/framework/utils"

/**
 * The one wording of "someone moved this first": names the state the record is in now (what is
 * in the way) and, when the caller said what it expected, that too. Every way of losing a race —
 * a stale precondition, a lost compare-and-set, a lost lock, a deadlock — answers with it.
 */
export const stateConflictMessage = (subject: string, now: string, expected?: string | null) =>
  `${subject} is now ${now}${expected ? ` (you expected ${expected})` : ""}; reload it and try again`

export const stateConflict = (subject: string, now: string, expected?: string | null) =>
  new MedusaError(MedusaError.Types.CONFLICT, stateConflictMessage(subject, now, expected))

/** How a stage is named in a conflict: `in stage "In progress" (in_progress)`. */
export const stageState = (stage: { code: string; name?: string | null }) =>
  stage.name && stage.name !== stage.code ? `in stage "${stage.name}" (${stage.code})` : `in stage ${stage.code}`

/**
 * Throws the conflict when the caller's precondition (the state it saw) is not the current one;
 * no precondition means no check here (the write's compare-and-set still guards it).
 */
export function assertPrecondition(input: {
  subject: string
  current: string
  expected?: string | null
  describe?: (state: string) => string
}) {
  if (input.expected != null && input.expected !== input.current) {
    const describe = input.describe ?? ((s: string) => s)
    throw stateConflict(input.subject, describe(input.current), input.expected)
  }
}

// A race lost before the compare-and-set: Postgres aborted the transaction (deadlock 40P01,
// serialization failure 40001), or the lock was not had in time (Medusa's locking providers' messages).
const ABORTED_CODES = ["40P01", "40001"]
const ABORTED = /deadlock detected|could not serialize access/i
const LOST_LOCK = /Timed-out acquiring lock|Failed to acquire lock|is already locked/i

type ErrorLike = { code?: string; message?: string; cause?: { code?: string; message?: string } } | undefined
const textOf = (e: ErrorLike) => `${e?.message ?? ""} ${e?.cause?.message ?? ""}`

/** Whether Postgres aborted the statement (deadlock or serialization failure): safe to retry. */
export function isAborted(e: unknown): boolean {
  const err = e as ErrorLike
  return [err?.code, err?.cause?.code].some((c) => !!c && ABORTED_CODES.includes(c)) || ABORTED.test(textOf(err))
}

/** Whether an error means "another request got there first" without naming who (see `answerConflicts`). */
export const isLostRace = (e: unknown): boolean => isAborted(e) || LOST_LOCK.test(textOf(e as ErrorLike))
