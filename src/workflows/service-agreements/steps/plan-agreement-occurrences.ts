import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { withTypedSuspensions } from "../../../modules/service-management/utils/agreement-status"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService, { AgreementForGeneration, ClaimedOccurrence, GenerationCursor, OccurrenceClaim } from "../../../modules/service-management/service"
import { lineOccurrences, LineOccurrencesInput } from "../../../modules/service-management/utils/recurrence"

type AgreementWithLines = Pick<AgreementForGeneration, "id" | "valid_from" | "valid_to" | "suspensions"> & {
  lines: Pick<AgreementForGeneration["lines"][number], "id" | "recurrence" | "valid_from" | "valid_to">[]
}

/** An occurrence's key: its line and day. */
export const occurrenceKey = (o: { agreement_line_id: string; occurrence_date: Date | string }) =>
  `${o.agreement_line_id}|${new Date(o.occurrence_date).getTime()}`

/**
 * The occurrences of an agreement's lines due up to `until`: inside the agreement's and each
 * line's validity, outside suspensions (per line only those after `window.after`, at most `window.limit`).
 */
export function dueOccurrences(agreement: AgreementWithLines, until: Date, window: Pick<LineOccurrencesInput, "after" | "limit"> = {}): OccurrenceClaim[] {
  return agreement.lines
    .filter((l) => l.recurrence)
    .flatMap((line) =>
      lineOccurrences({
        recurrence: line.recurrence!,
        agreement: { valid_from: new Date(agreement.valid_from), valid_to: agreement.valid_to ? new Date(agreement.valid_to) : null },
        line: { valid_from: line.valid_from ? new Date(line.valid_from) : null, valid_to: line.valid_to ? new Date(line.valid_to) : null },
        until,
        ...window,
        suspensions: withTypedSuspensions(agreement).suspensions,
      }).map((date) => ({ agreement_id: agreement.id, agreement_line_id: line.id, occurrence_date: date }))
    )
}

// How far ahead a cursor looks for an agreement's next occurrence; none by then: look again then.
const CURSOR_HORIZON_MS = 10 * 366 * 24 * 60 * 60 * 1000

/** The agreement's first occurrence after `until`, or the horizon if it has none before it. */
function nextOccurrenceAfter(agreement: AgreementWithLines, until: Date): Date {
  const horizon = new Date(until.getTime() + CURSOR_HORIZON_MS)
  const next = dueOccurrences(agreement, horizon, { after: until, limit: 1 })
  return new Date(Math.min(horizon.getTime(), ...next.map((o) => o.occurrence_date.getTime())))
}

export type PlanAgreementOccurrencesInput = { agreement_ids: string[]; until: Date | string; limit: number }

/** An agreement as a generation run passes it on: what its orders copy and its recurring lines. */
export type PlannedAgreement = Omit<AgreementForGeneration, "occurrences" | "version">

/** What a generation run plans: see `planAgreementOccurrencesStep`. */
export type AgreementOccurrencesPlan = {
  agreements: PlannedAgreement[]
  claims: OccurrenceClaim[]
  reclaimed: ClaimedOccurrence[]
  cursors: GenerationCursor[]
  has_more: boolean
}

export const planAgreementOccurrencesStepId = "plan-agreement-occurrences"
/**
 * Lists the occurrences of active agreements' lines due up to `until` (inside the agreement's
 * and each line's validity, outside suspensions) that have no order yet, oldest first, at most
 * `limit` across the agreements: `claims` to take, and `reclaimed`, claims left without an order
 * (by generations that claimed and linked in separate transactions, before a run wrote its orders
 * and claims in one). The agreements with their
 * lines and occurrences are read in one plain-SQL statement. Also each agreement's `cursors`
 * after this run: its earliest occurrence left for a later run, else its first after `until`.
 * 404 for an agreement that does not exist; refuses agreements that are not active.
 */
export const planAgreementOccurrencesStep = createStep(
  planAgreementOccurrencesStepId,
  async (input: PlanAgreementOccurrencesInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const until = new Date(input.until)
    const read = await service.listAgreementsByIdForGeneration({ ids: input.agreement_ids, until })
    const missing = input.agreement_ids.find((id) => !read.some((a) => a.id === id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service agreement with id: ${missing} was not found`)
    }
    const inactive = read.find((a) => a.status !== "active" || a.is_template)
    if (inactive) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Service agreement ${inactive.number} is ${inactive.is_template ? "a template" : inactive.status}; only active agreements generate service orders`
      )
    }
    const due = read.flatMap((a) => dueOccurrences(a, until))
    const existingByKey = new Map(
      read.flatMap((a) => a.occurrences).map((o) => [occurrenceKey({ ...o, occurrence_date: new Date(Number(o.occurrence_date)) }), o])
    )
    const open = due
      .filter((c) => !existingByKey.get(occurrenceKey(c))?.service_order_id)
      .sort((a, b) => a.occurrence_date.getTime() - b.occurrence_date.getTime() || a.agreement_line_id.localeCompare(b.agreement_line_id))
    const batch = open.slice(0, input.limit)
    const claims: OccurrenceClaim[] = batch.filter((c) => !existingByKey.has(occurrenceKey(c)))
    const reclaimed: ClaimedOccurrence[] = batch.flatMap((c) => {
      const orphan = existingByKey.get(occurrenceKey(c))
      return orphan ? [{ id: orphan.id, agreement_id: c.agreement_id, agreement_line_id: c.agreement_line_id, occurrence_date: c.occurrence_date }] : []
    })
    const leftFor = new Map<string, Date>()
    for (const c of open.slice(batch.length)) {
      leftFor.set(c.agreement_id, leftFor.get(c.agreement_id) ?? c.occurrence_date)
    }
    const cursors: GenerationCursor[] = read.map((a) => ({ id: a.id, version: a.version, due_at: leftFor.get(a.id) ?? nextOccurrenceAfter(a, until) }))
    const agreements: PlannedAgreement[] = read.map(({ occurrences: _, version: __, ...agreement }) => agreement)
    const plan: AgreementOccurrencesPlan = { agreements, claims, reclaimed, cursors, has_more: open.length > batch.length }
    return new StepResponse(plan)
  }
)
