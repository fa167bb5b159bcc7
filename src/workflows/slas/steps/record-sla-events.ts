import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE, SlaEventDTO } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { computeSlaMetric, metTargetMinutes, SLA_LOG_COLUMNS, slaCalendar, SlaClockState, slaClockState, SlaEventRequest, slaEventProblem, SlaLogEntry, stageSlaEvents } from "../../../modules/service-management/utils/sla-clock"
import { ServiceActor } from "../../types"
import { SlaEventSource, StageSlaAction } from "../../../types/enums"
import { MedusaContainer } from "@medusajs/framework/types"
import { loadServiceOrder } from "../../common/utils/load-record"

export type SlaEventInput = SlaEventRequest & { note?: string | null; occurred_at?: Date | string | null }

export type RecordSlaEventsInput = {
  service_order_id: string
  /** Events staff record; each must fit the log, else the step refuses (400). */
  events?: SlaEventInput[]
  /** A stage move: the events follow from the stages' SLA actions; what no longer applies is skipped. */
  stage?: { from_action?: StageSlaAction | null; to_action?: StageSlaAction | null; reason_code: string }
  /**
   * The plugin holds the clock itself (e.g. while an estimate waits for the customer): a pause
   * while paused, or a resume while running, is skipped like a stage move's, and the events are
   * recorded with source `system`.
   */
  hold?: { action: "pause" | "resume"; reason_code: string }
  actor: ServiceActor
}

export type RecordSlaEventsResult = { events: SlaEventDTO[]; order: Record<string, unknown> | null }
/** What a step undoes: the events it added and the orders' SLA fields as they were. */
export type SlaEventsCompensation = { eventIds: string[]; previous: (Record<string, unknown> & { id: string })[] } | null

export const SLA_FIELDS = ["id", ...SLA_LOG_COLUMNS] as const
/** What planning reads of the order besides its log: `planSlaLog`'s `read` holds these. */
export const SLA_READ_FIELDS = [...SLA_FIELDS, "number", "sla_id"] as const
export type SlaOrderRead = SlaOrderFields & { number: string; sla_id: string | null }

/** A stage move's SLA actions, or the plugin's hold as the action of a stage entered. */
const automaticActions = (input: RecordSlaEventsInput) =>
  input.stage ?? (input.hold ? { from_action: null, to_action: input.hold.action, reason_code: input.hold.reason_code } : null)

function planEvents(input: RecordSlaEventsInput, log: SlaLogEntry[], now: Date): (SlaEventInput & { occurred_at: Date })[] {
  const automatic = automaticActions(input)
  if (automatic) {
    // Events of one move get consecutive milliseconds so the log replays in the order they apply.
    return stageSlaEvents(slaClockState(log), automatic.from_action, automatic.to_action, automatic.reason_code).map(
      (e, i) => ({ ...e, occurred_at: new Date(now.getTime() + i) })
    )
  }
  const planned: (SlaEventInput & { occurred_at: Date })[] = []
  let last = log.reduce((t, e) => Math.max(t, new Date(e.occurred_at).getTime()), 0)
  for (const [i, event] of (input.events ?? []).entries()) {
    const state: SlaClockState = slaClockState([...log, ...planned])
    const problem = slaEventProblem(state, event)
    if (problem) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cannot record "${event.type}": ${problem}`)
    }
    const at = event.occurred_at ? new Date(event.occurred_at) : new Date(Math.max(now.getTime() + i, last + 1))
    if (at.getTime() < last || at > new Date(now.getTime() + 60_000)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `occurred_at must lie between the last SLA event (${new Date(last).toISOString()}) and now`
      )
    }
    last = at.getTime()
    planned.push({ ...event, occurred_at: at })
  }
  return planned
}

/** What recording events writes: the event rows, and the order's SLA fields after and before. */
export type PlannedSlaLog = { rows: ReturnType<typeof slaEventRows>; update: Record<string, unknown> & { id: string }; previous: Record<string, unknown> & { id: string } }

/**
 * Plans what recording `input` on an order's SLA log writes (reading the order's log and its SLA,
 * even when since deleted), or null when nothing applies (no SLA for a stage move or hold, or no
 * event follows). Refuses an event that does not fit the log, or a manual one without an SLA.
 */
export async function planSlaLog(container: MedusaContainer, input: RecordSlaEventsInput, read?: SlaOrderRead): Promise<PlannedSlaLog | null> {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  // A caller that read the order (inside its lock) gives it: only its log is read then.
  const order = read
    ? { ...read, sla_events: await service.listSlaEvents({ service_order_id: read.id }) }
    : await loadServiceOrder(container, input.service_order_id, { select: [...SLA_READ_FIELDS], relations: ["sla_events"] })
  const [sla] = order.sla_id ? await service.listServiceLevelAgreements({ id: order.sla_id }, { withDeleted: true }) : []
  if (!sla) {
    if (automaticActions(input)) {
      return null
    }
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${order.number} has no SLA; there is no clock to record on`)
  }
  const log = order.sla_events as unknown as SlaLogEntry[]
  const now = new Date()
  const planned = planEvents(input, log, now)
  if (!planned.length) {
    return null
  }
  const rows = slaEventRows(order.id, planned, input.hold ? "system" : input.stage ? "stage" : "manual", input.actor)
  return { rows, ...slaLogChange(order, sla, log, planned, now) }
}

export const recordSlaEventsStepId = "record-sla-events"
/**
 * Adds events to an order's SLA log and brings the order's SLA fields in step with the log:
 * when each target was met, whether the clock is paused, and — while it runs — the due times
 * (pauses push them back). Compensation removes the events and restores the fields.
 */
export const recordSlaEventsStep = createStep(
  recordSlaEventsStepId,
  async (input: RecordSlaEventsInput, { container }) => {
    const planned = await planSlaLog(container, input)
    if (!planned) {
      return new StepResponse<RecordSlaEventsResult, SlaEventsCompensation>({ events: [], order: null }, null)
    }
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const events = await service.createSlaEvents(planned.rows)
    await service.updateServiceOrders([planned.update])
    return new StepResponse<RecordSlaEventsResult, SlaEventsCompensation>(
      { events: events as SlaEventDTO[], order: planned.update },
      { eventIds: events.map((e) => e.id), previous: [planned.previous] }
    )
  },
  undoSlaEvents
)

type SlaOrderFields = Record<(typeof SLA_FIELDS)[number], unknown> & { id: string; response_due_at: Date | null; resolution_due_at: Date | null }
type SlaRow = { response_minutes: number; resolution_minutes: number } & Parameters<typeof slaCalendar>[0]

/**
 * What recording `planned` on an order's log changes on the order: when each target was met,
 * whether the clock is paused, and — while it runs — the due times (pauses push them back);
 * with the fields as they were, for compensation.
 */
export function slaLogChange(order: SlaOrderFields, sla: SlaRow, log: SlaLogEntry[], planned: SlaLogEntry[], now: Date) {
  const newLog = [...log, ...planned]
  const state = slaClockState(newLog)
  const calendar = slaCalendar(sla)
  const due = (metric: "response" | "resolution", target: number, met: Date | null, stored: Date | null) =>
    met || state.paused_since ? stored : computeSlaMetric(calendar, newLog, metric, target, now).due_at ?? stored
  const previous = Object.fromEntries(SLA_FIELDS.map((k) => [k, order[k]])) as SlaOrderFields
  const update = {
    id: order.id,
    responded_at: state.responded_at,
    resolved_at: state.resolved_at,
    sla_paused_at: state.paused_since,
    response_due_at: due("response", sla.response_minutes, state.responded_at, previous.response_due_at),
    resolution_due_at: due("resolution", sla.resolution_minutes, state.resolved_at, previous.resolution_due_at),
    // Kept once a target is met, so the SLA report aggregates columns instead of replaying logs.
    ...metTargetMinutes(calendar, newLog, sla, now),
  }
  return { update, previous }
}

/** The SLA event rows for planned events of one order. */
export const slaEventRows = (
  serviceOrderId: string,
  planned: (SlaEventInput & { occurred_at: Date })[],
  source: SlaEventSource,
  actor: ServiceActor
) =>
  planned.map((e) => ({
    service_order_id: serviceOrderId,
    type: e.type,
    metric: e.metric ?? null,
    reason_code: e.reason_code ?? null,
    note: e.note ?? null,
    source,
    actor_type: actor.type,
    actor_id: actor.id ?? null,
    occurred_at: e.occurred_at,
  }))

/** Compensation of the steps that record SLA events: removes the events, restores the orders' fields. */
export async function undoSlaEvents(compensation: SlaEventsCompensation | undefined, { container }: { container: MedusaContainer }) {
  if (!compensation) {
    return
  }
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  await service.deleteSlaEvents(compensation.eventIds)
  await service.updateServiceOrders(compensation.previous)
}
