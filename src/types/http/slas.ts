// Service level agreements (/admin/service-level-agreements) and a service order's SLA clock (/admin/service-orders/:id/sla).
import type { SlaEventSource, SlaEventType, SlaMetric } from "../enums"

/** ISO weekday, Monday "1" to Sunday "7": the keys of working hours. */
export type Weekday = "1" | "2" | "3" | "4" | "5" | "6" | "7"
export type WorkingPeriod = { start: string; end: string }
export type WorkingHours = Partial<Record<Weekday, WorkingPeriod[]>>
export type Holiday = { from: string; to?: string | null; name?: string | null }

export type ServiceLevelAgreement = {
  id: string
  code: string
  name: string
  description?: string | null
  response_minutes: number
  resolution_minutes: number
  timezone: string
  working_hours: WorkingHours
  holidays: Holiday[]
  is_default: boolean
  is_active: boolean
  customer_groups?: { id: string; customer_group_id: string; customer_group?: { name?: string | null } | null }[]
}

export type ServiceLevelAgreementInput = {
  code?: string
  name?: string
  description?: string | null
  response_minutes?: number
  resolution_minutes?: number
  timezone?: string
  working_hours?: WorkingHours
  holidays?: Holiday[]
  is_default?: boolean
  is_active?: boolean
  customer_group_ids?: string[]
}

export type SlaMetricView = {
  target_minutes: number
  actual_minutes: number
  remaining_minutes: number
  due_at: string | null
  met_at: string | null
  breached: boolean
  breached_at?: string | null
  status: "not_started" | "running" | "paused" | "met" | "breached"
}

export type SlaEvent = {
  id: string
  type: SlaEventType
  metric?: SlaMetric | null
  reason_code?: string | null
  note?: string | null
  source?: SlaEventSource
  actor_type?: string | null
  actor_id?: string | null
  occurred_at: string
}

export type ServiceOrderSlaView = {
  service_order: { id: string; number: string; response_due_at?: string | null; resolution_due_at?: string | null }
  sla: {
    id: string
    code: string
    name: string
    response_minutes: number
    resolution_minutes: number
    timezone: string
    deleted: boolean
  } | null
  clock: {
    started_at: string | null
    paused_since: string | null
    responded_at: string | null
    resolved_at: string | null
    paused: boolean
    response: SlaMetricView
    resolution: SlaMetricView
  } | null
  events: SlaEvent[]
}

export type SlaEventInput = {
  type: SlaEventType
  metric?: SlaMetric
  reason_code?: string
  note?: string
  occurred_at?: string
}
