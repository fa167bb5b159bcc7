// Service agreements (/admin/service-agreements) and their lines.
import type { AgreementLineType, AllowancePeriod, AllowanceUnit, ServiceAgreementStatus } from "../enums"
import type { ServiceAgreementAllowedActions } from "./allowed-actions"
import type { Amount, CustomerRef } from "./common"

export type AgreementLine = {
  id: string
  type: AgreementLineType
  description: string
  service_object_id?: string | null
  service_task_id?: string | null
  quantity: Amount
  unit_price: Amount
  unit_cost: Amount
  recurrence?: string | null
  valid_from?: string | null
  valid_to?: string | null
  allowance_quantity?: number | null
  allowance_unit?: AllowanceUnit | null
  allowance_period?: AllowancePeriod | null
  overage_unit_price?: Amount | null
  created_at?: string
  // Computed by the API on read.
  /** The allowance's period now and what is left of it (lines with an allowance, in the agreement term). */
  allowance_balance?: AllowanceBalance | null
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
  status: ServiceAgreementStatus
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
  /** On the detail answer: which status moves and edits the agreement allows now. */
  allowed_actions?: ServiceAgreementAllowedActions
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
  type: AgreementLineType
  description?: string
  service_object_id?: string | null
  service_task_id?: string | null
  quantity: number
  unit_price?: number
  unit_cost?: number
  recurrence?: string | null
  valid_from?: string | null
  valid_to?: string | null
  allowance_quantity?: number | null
  allowance_unit?: AllowanceUnit | null
  allowance_period?: AllowancePeriod | null
  overage_unit_price?: number | null
}

/** What an agreement line with an allowance grants in the current period and what is left of it. */
export type AllowanceBalance = {
  agreement_line_id: string
  agreement_id: string
  service_object_id: string | null
  description: string
  unit: AllowanceUnit
  period: AllowancePeriod
  period_start: string
  period_end: string | null
  allowance: number
  used: number
  remaining: number
  overage_unit_price: number | null
}

/** `…/lines/:line_id/occurrences`: the next due dates of a saved line, with the order generated for each. */
export type OccurrencePreview = {
  recurrence: string | null
  recurrence_text: string | null
  occurrences: { date: string; service_order_id: string | null }[]
  count: number
}
