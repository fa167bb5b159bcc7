import { addBusinessMinutes, BusinessCalendar, businessMinutesBetween } from "./business-time"
import { SlaEventType, SlaMetric, StageSlaAction } from "../../../types/enums"

/** The order's columns its SLA log determines (brought in step whenever events are recorded). */
export const SLA_LOG_COLUMNS = [
  "responded_at",
  "resolved_at",
  "sla_paused_at",
  "response_due_at",
  "resolution_due_at",
  "response_actual_minutes",
  "resolution_actual_minutes",
] as const

export type SlaLogEntry = {
  type: SlaEventType
  metric?: SlaMetric | null
  reason_code?: string | null
  occurred_at: Date | string
}

/** Where the clock stands after a log: started, paused since, and when each target was met. */
export type SlaClockState = {
  started_at: Date | null
  paused_since: Date | null
  responded_at: Date | null
  resolved_at: Date | null
}

export type SlaMetricResult = {
  target_minutes: number
  /** Business minutes the clock ran for this metric, pauses excluded. */
  actual_minutes: number
  remaining_minutes: number
  /** When the target is (or was) reached; null while paused short of it or once met in time. */
  due_at: Date | null
  met_at: Date | null
  breached: boolean
  status: "not_started" | "running" | "paused" | "met" | "breached"
}

const at = (d: Date | string) => (d instanceof Date ? d : new Date(d))
const round = (n: number) => Math.round(n * 100) / 100

/** The log oldest first (ties keep their recorded order). */
export function sortSlaLog<T extends SlaLogEntry>(log: T[]): T[] {
  return log
    .map((e, i) => ({ e, i }))
    .sort((a, b) => at(a.e.occurred_at).getTime() - at(b.e.occurred_at).getTime() || a.i - b.i)
    .map(({ e }) => e)
}

/** Replays the log. A resolution also counts as the response when none was recorded. */
export function slaClockState(log: SlaLogEntry[]): SlaClockState {
  const state: SlaClockState = { started_at: null, paused_since: null, responded_at: null, resolved_at: null }
  for (const e of sortSlaLog(log)) {
    const t = at(e.occurred_at)
    if (e.type === "start" && !state.started_at) {
      state.started_at = t
    } else if (e.type === "pause" && !state.paused_since) {
      state.paused_since = t
    } else if (e.type === "resume") {
      state.paused_since = null
    } else if (e.type === "stop") {
      if (e.metric === "resolution" && !state.resolved_at) {
        state.resolved_at = t
        state.paused_since = null
      }
      if (!state.responded_at) {
        state.responded_at = t
      }
    }
  }
  return state
}

/** The intervals the clock ran for `metric`: from start or resume to pause, the metric's stop, or now. */
export function runningIntervals(log: SlaLogEntry[], metric: SlaMetric, now: Date): { from: Date; to: Date; open: boolean }[] {
  const intervals: { from: Date; to: Date; open: boolean }[] = []
  let runningSince: Date | null = null
  let started = false
  for (const e of sortSlaLog(log)) {
    const t = at(e.occurred_at)
    const ends = e.type === "stop" && (e.metric === metric || e.metric === "resolution")
    if (e.type === "start" && !started) {
      started = true
      runningSince = t
    } else if (e.type === "resume" && started && !runningSince) {
      runningSince = t
    } else if ((e.type === "pause" || ends) && runningSince) {
      intervals.push({ from: runningSince, to: t, open: false })
      runningSince = null
    }
    if (ends) {
      return intervals
    }
  }
  if (runningSince) {
    intervals.push({ from: runningSince, to: now < runningSince ? runningSince : now, open: true })
  }
  return intervals
}

/**
 * Actual business minutes against the target for one metric, computed from the log alone
 * (pauses excluded), and the instant the target is reached: where the running time crosses
 * it, or — while the clock runs short of it — the projection from now.
 */
export function computeSlaMetric(
  calendar: BusinessCalendar,
  log: SlaLogEntry[],
  metric: SlaMetric,
  targetMinutes: number,
  now: Date
): SlaMetricResult {
  const state = slaClockState(log)
  const metAt = metric === "response" ? state.responded_at : state.resolved_at
  const intervals = runningIntervals(log, metric, now)
  let actual = 0
  let dueAt: Date | null = null
  for (const interval of intervals) {
    const minutes = businessMinutesBetween(calendar, interval.from, interval.to)
    // The target is crossed inside this interval, or (still running) will be after it.
    if (!dueAt && (actual + minutes >= targetMinutes || interval.open)) {
      dueAt = addBusinessMinutes(calendar, interval.from, Math.max(0, targetMinutes - actual))
    }
    actual += minutes
  }
  const breached = actual > targetMinutes || (!!dueAt && !!metAt && metAt > dueAt)
  let status: SlaMetricResult["status"]
  if (!state.started_at) {
    status = "not_started"
  } else if (metAt) {
    status = breached ? "breached" : "met"
  } else if (breached) {
    status = "breached"
  } else {
    status = state.paused_since ? "paused" : "running"
  }
  return {
    target_minutes: targetMinutes,
    actual_minutes: round(actual),
    remaining_minutes: round(Math.max(0, targetMinutes - actual)),
    due_at: metAt && !breached ? null : dueAt,
    met_at: metAt,
    breached,
    status,
  }
}

/** Both metrics and the clock state: what the SLA route and the order page show. */
export function computeSla(
  calendar: BusinessCalendar,
  log: SlaLogEntry[],
  targets: { response_minutes: number; resolution_minutes: number },
  now: Date
) {
  const state = slaClockState(log)
  return {
    ...state,
    paused: !!state.paused_since,
    response: computeSlaMetric(calendar, log, "response", targets.response_minutes, now),
    resolution: computeSlaMetric(calendar, log, "resolution", targets.resolution_minutes, now),
  }
}

/**
 * The business minutes each met target took (null while unmet): what a service order keeps
 * (`response_actual_minutes`, `resolution_actual_minutes`) so the SLA report aggregates columns.
 */
export function metTargetMinutes(
  calendar: BusinessCalendar,
  log: SlaLogEntry[],
  targets: { response_minutes: number; resolution_minutes: number },
  now: Date
): { response_actual_minutes: number | null; resolution_actual_minutes: number | null } {
  const state = slaClockState(log)
  const minutes = (metric: SlaMetric, target: number, met: Date | null) =>
    met ? computeSlaMetric(calendar, log, metric, target, now).actual_minutes : null
  return {
    response_actual_minutes: minutes("response", targets.response_minutes, state.responded_at),
    resolution_actual_minutes: minutes("resolution", targets.resolution_minutes, state.resolved_at),
  }
}

export type SlaEventRequest = { type: SlaEventType; metric?: SlaMetric | null; reason_code?: string | null }

/** Why `event` cannot follow the log now, in words; null when it can. */
export function slaEventProblem(state: SlaClockState, event: SlaEventRequest): string | null {
  if (event.type === "start") {
    return state.started_at ? "the SLA clock has already started" : null
  }
  if (!state.started_at) {
    return "the SLA clock has not started"
  }
  if (state.resolved_at) {
    return "the order is already resolved; the SLA clock has stopped"
  }
  switch (event.type) {
    case "pause":
      if (!event.reason_code) {
        return "a pause needs a reason_code"
      }
      return state.paused_since ? "the SLA clock is already paused" : null
    case "resume":
      return state.paused_since ? null : "the SLA clock is not paused"
    case "stop":
      if (!event.metric) {
        return "a stop needs a metric (response or resolution)"
      }
      if (event.metric === "response" && state.responded_at) {
        return "the response was already recorded"
      }
      return null
  }
}

/**
 * The events a stage move records: leaving a pausing stage resumes the clock, then the new
 * stage's action applies. Steps that no longer apply (a second response, a pause while paused)
 * are left out, so stage moves never fail on the SLA.
 */
export function stageSlaEvents(
  state: SlaClockState,
  fromAction: StageSlaAction | null | undefined,
  toAction: StageSlaAction | null | undefined,
  reasonCode: string
): SlaEventRequest[] {
  if (!state.started_at || state.resolved_at) {
    return []
  }
  const events: SlaEventRequest[] = []
  let paused = !!state.paused_since
  if (paused && (toAction === "resume" || (fromAction === "pause" && toAction !== "pause"))) {
    events.push({ type: "resume" })
    paused = false
  }
  if (toAction === "pause" && !paused) {
    events.push({ type: "pause", reason_code: reasonCode })
  }
  if ((toAction === "respond" || toAction === "resolve") && !state.responded_at) {
    events.push({ type: "stop", metric: "response" })
  }
  if (toAction === "resolve") {
    events.push({ type: "stop", metric: "resolution" })
  }
  return events
}

/** The business calendar stored on an SLA row. */
export function slaCalendar(sla: { timezone: string; working_hours: unknown; holidays?: unknown }): BusinessCalendar {
  return {
    timezone: sla.timezone,
    working_hours: (sla.working_hours ?? {}) as BusinessCalendar["working_hours"],
    holidays: (sla.holidays ?? []) as BusinessCalendar["holidays"],
  }
}
