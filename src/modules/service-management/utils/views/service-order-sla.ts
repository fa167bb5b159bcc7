import { ServiceOrderSlaView } from "../../../../types/http/slas"
import { computeSla, slaCalendar, SlaLogEntry, sortSlaLog } from "../sla-clock"

/** The SLA clock as stored on the order (the SLA view computes the rest from the log). */
export const SLA_ORDER_FIELDS = [
  "response_due_at",
  "resolution_due_at",
  "responded_at",
  "resolved_at",
  "sla_paused_at",
  "response_breached_at",
  "resolution_breached_at",
] as const

type StoredClock = { [K in (typeof SLA_ORDER_FIELDS)[number]]?: Date | string | null }

export type SlaViewOrder = StoredClock & { id: string; number: string; sla_events?: SlaLogEntry[] | null }

/** The SLA as read: what the view answers of it, plus its calendar and deletion time. */
export type SlaViewAgreement = Omit<NonNullable<ServiceOrderSlaView["sla"]>, "deleted"> & {
  working_hours: unknown
  holidays?: unknown
  deleted_at?: Date | string | null
}

/**
 * An order's SLA as the order page shows it: the SLA (also when since deleted), the clock
 * computed from the log — actual business minutes against each target, due times, paused and
 * breached state — and the log itself, oldest first.
 */
export function serviceOrderSlaView(order: SlaViewOrder, sla: SlaViewAgreement | null, now = new Date()) {
  const events = sortSlaLog(order.sla_events ?? [])
  const clock = sla ? computeSla(slaCalendar(sla), events, sla, now) : null
  const stored = Object.fromEntries(SLA_ORDER_FIELDS.map((k) => [k, order[k] ?? null]))
  return {
    service_order: { id: order.id, number: order.number, ...stored },
    sla: sla
      ? {
          id: sla.id,
          code: sla.code,
          name: sla.name,
          response_minutes: sla.response_minutes,
          resolution_minutes: sla.resolution_minutes,
          timezone: sla.timezone,
          deleted: !!sla.deleted_at,
        }
      : null,
    clock: clock && {
      ...clock,
      // The stored due time stands in while the clock is paused or after the target was met in time.
      response: { ...clock.response, due_at: clock.response.due_at ?? order.response_due_at, breached_at: order.response_breached_at },
      resolution: {
        ...clock.resolution,
        due_at: clock.resolution.due_at ?? order.resolution_due_at,
        breached_at: order.resolution_breached_at,
      },
    },
    events,
  }
}
