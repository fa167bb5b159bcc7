import { SlaMetric } from "../../../types/enums"

/** Columns per metric for the breach check; fixed strings, never user input. */
export const BREACH_COLUMNS = {
  response: { due: "response_due_at", met: "responded_at", breached: "response_breached_at" },
  resolution: { due: "resolution_due_at", met: "resolved_at", breached: "resolution_breached_at" },
} as const

/**
 * The orders whose `metric` target is still open or ended late and is not yet marked: the due
 * time comes before whatever ended the clock (met, paused, closed, cancelled), or nothing ended it
 * yet. An order met in time leaves this set for good, so the partial index on it (the model's)
 * and the breach check that reads it do not grow with the orders' history. The check repeats this
 * text verbatim, and the list's "open target due within N hours" filter implies its second arm,
 * so Postgres can prove both may use the index.
 */
export const breachCandidates = (metric: SlaMetric): string => {
  const c = BREACH_COLUMNS[metric]
  const ends = [c.met, "sla_paused_at", "closed_at", "canceled_at"]
  return `deleted_at IS NULL AND ${c.breached} IS NULL AND (${c.due} < LEAST(${ends.join(", ")}) OR (${ends.map((e) => `${e} IS NULL`).join(" AND ")}))`
}
