import { describeRecurrence, lineOccurrences, startOfUtcDay } from "../recurrence"

const DAY_MS = 24 * 60 * 60 * 1000
const money = (n: number) => Math.round(n * 10000) / 10000

/** What an agreement line's schedule and amounts are computed from. */
export type AgreementLineLike = {
  recurrence?: string | null
  valid_from?: string | Date | null
  valid_to?: string | Date | null
  quantity?: number | string | null
  unit_price?: number | string | null
  unit_cost?: number | string | null
}

export type AgreementLike = {
  valid_from?: string | Date
  valid_to?: string | Date | null
  suspensions?: { from: string; to: string | null }[] | null
  lines?: AgreementLineLike[] | null
}

/** Upcoming due dates of one line from `from` (inclusive), as ISO days. */
export function upcomingOccurrences(agreement: AgreementLike, line: AgreementLineLike | null | undefined, from: Date, count: number, until: Date): Date[] {
  if (!line?.recurrence || !agreement.valid_from) {
    return []
  }
  return lineOccurrences({
    recurrence: line.recurrence,
    agreement: { valid_from: new Date(agreement.valid_from), valid_to: agreement.valid_to ? new Date(agreement.valid_to) : null },
    line: { valid_from: line.valid_from ? new Date(line.valid_from) : null, valid_to: line.valid_to ? new Date(line.valid_to) : null },
    after: new Date(startOfUtcDay(from).getTime() - 1),
    until,
    suspensions: agreement.suspensions,
    limit: count,
  })
}

/**
 * Adds what the agreement page shows: per line the recurrence in words, the next due dates and
 * what a period bills (price × quantity per occurrence, and over the next 12 months); for the
 * agreement the 12-month totals. Computed on read, never stored.
 */
export function withAgreementPreview<T extends AgreementLike>(agreement: T, now = new Date(), count = 5) {
  if (!Array.isArray(agreement.lines)) {
    return agreement
  }
  const yearAhead = new Date(now.getTime() + 365 * DAY_MS)
  const lines = agreement.lines.map((line) => {
    const perOccurrence = money(Number(line.quantity ?? 0) * Number(line.unit_price ?? 0))
    const costPerOccurrence = money(Number(line.quantity ?? 0) * Number(line.unit_cost ?? 0))
    const inYear = upcomingOccurrences(agreement, line, now, 1000, yearAhead).length
    return {
      ...line,
      recurrence_text: line.recurrence ? describeRecurrence(line.recurrence) : null,
      next_occurrences: upcomingOccurrences(agreement, line, now, count, new Date(now.getTime() + 10 * 366 * DAY_MS)).map((d) =>
        d.toISOString().slice(0, 10)
      ),
      amount_per_occurrence: perOccurrence,
      cost_per_occurrence: costPerOccurrence,
      occurrences_next_12_months: inYear,
      revenue_next_12_months: money(perOccurrence * inYear),
      cost_next_12_months: money(costPerOccurrence * inYear),
    }
  })
  const revenue = money(lines.reduce((sum, l) => sum + l.revenue_next_12_months, 0))
  const cost = money(lines.reduce((sum, l) => sum + l.cost_next_12_months, 0))
  return {
    ...agreement,
    lines,
    billing: { revenue_next_12_months: revenue, cost_next_12_months: cost, margin_next_12_months: money(revenue - cost) },
  }
}

/**
 * The earliest upcoming due date (ISO day) over the agreement's lines from `now`, or null; for
 * the agreement list's "next generation" column. Needs the lines' recurrence and validity.
 */
export function nextOccurrence(agreement: AgreementLike, now = new Date()): string | null {
  const until = new Date(now.getTime() + 10 * 366 * DAY_MS)
  const next = (agreement.lines ?? [])
    .map((line) => upcomingOccurrences(agreement, line, now, 1, until)[0])
    .filter((d): d is Date => !!d)
    .sort((a, b) => a.getTime() - b.getTime())[0]
  return next ? next.toISOString().slice(0, 10) : null
}
