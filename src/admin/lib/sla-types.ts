/** Shapes of the SLA and service agreement admin API responses, as the admin UI reads them. */
import type { Amount, CustomerRef, LineType } from "./types"

export const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const
export type Weekday = (typeof WEEKDAYS)[number]
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  "1": "Monday",
  "2": "Tuesday",
  "3": "Wednesday",
  "4": "Thursday",
  "5": "Friday",
  "6": "Saturday",
  "7": "Sunday",
}

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

/** The values a stage's `sla_action` takes (the model's STAGE_SLA_ACTIONS). */
export const STAGE_SLA_ACTIONS = ["respond", "resolve", "pause", "resume"] as const
export type StageSlaAction = (typeof STAGE_SLA_ACTIONS)[number]

export const AGREEMENT_STATUSES = ["draft", "active", "suspended", "expired", "cancelled"] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]
export type AgreementAction = "activate" | "suspend" | "resume" | "cancel" | "expire"

/** The moves the API allows (utils/agreement-status.ts AGREEMENT_MOVES): the statuses each action starts from. */
export const AGREEMENT_ACTIONS: { action: AgreementAction; label: string; from: AgreementStatus[]; destructive?: boolean }[] = [
  { action: "activate", label: "Activate", from: ["draft"] },
  { action: "suspend", label: "Suspend", from: ["active"] },
  { action: "resume", label: "Resume", from: ["suspended"] },
  { action: "expire", label: "Expire", from: ["active", "suspended"], destructive: true },
  { action: "cancel", label: "Cancel", from: ["draft", "active", "suspended"], destructive: true },
]

export type AgreementLine = {
  id: string
  type: LineType
  description: string
  service_object_id?: string | null
  service_task_id?: string | null
  quantity: Amount
  unit_price: Amount
  unit_cost: Amount
  recurrence?: string | null
  valid_from?: string | null
  valid_to?: string | null
  created_at?: string
  // Computed by the API on read.
  recurrence_text?: string | null
  next_occurrences?: string[]
  amount_per_occurrence?: number
  cost_per_occurrence?: number
  occurrences_next_12_months?: number
  revenue_next_12_months?: number
  cost_next_12_months?: number
}

export type ServiceAgreement = {
  id: string
  display_id: number
  number: string
  name: string
  description?: string | null
  status: AgreementStatus
  customer_id?: string | null
  valid_from: string
  valid_to?: string | null
  agreement_group?: string | null
  currency_code: string
  is_template: boolean
  template_id?: string | null
  sla_id?: string | null
  suspensions?: { from: string; to: string | null }[] | null
  activated_at?: string | null
  suspended_at?: string | null
  expired_at?: string | null
  cancelled_at?: string | null
  created_at: string
  sla?: { id: string; code: string; name: string; response_minutes?: number; resolution_minutes?: number; timezone?: string } | null
  customer?: CustomerRef | null
  lines?: AgreementLine[]
  billing?: { revenue_next_12_months: number; cost_next_12_months: number; margin_next_12_months: number }
  /** The earliest upcoming due date over the lines (when lines are read). */
  next_occurrence?: string | null
}

export type AgreementInput = {
  name?: string
  description?: string | null
  customer_id?: string | null
  valid_from?: string
  valid_to?: string | null
  agreement_group?: string | null
  sla_id?: string | null
  currency_code?: string
  is_template?: boolean
  template_id?: string
}

export type AgreementLineInput = {
  type: LineType
  description?: string
  service_object_id?: string | null
  service_task_id?: string | null
  quantity: number
  unit_price?: number
  unit_cost?: number
  recurrence?: string | null
  valid_from?: string | null
  valid_to?: string | null
}

export type OccurrencePreview = {
  recurrence: string | null
  recurrence_text: string | null
  occurrences: { date: string; service_order_id: string | null }[]
  count: number
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
  type: "start" | "pause" | "resume" | "stop"
  metric?: "response" | "resolution" | null
  reason_code?: string | null
  note?: string | null
  source?: "manual" | "stage" | "system"
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
  type: SlaEvent["type"]
  metric?: "response" | "resolution"
  reason_code?: string
  note?: string
  occurred_at?: string
}
