/** Shapes of the plugin's admin API responses, as the admin UI reads them. */

export type Priority = "low" | "normal" | "high" | "urgent"
export const PRIORITIES: Priority[] = ["low", "normal", "high", "urgent"]

export type LineType = "hour" | "item" | "expense" | "fee"
export const LINE_TYPES: LineType[] = ["hour", "item", "expense", "fee"]

import type { Amount, CustomerRef } from "../../types"

export type { Amount, CustomerRef }

export type StageReason = {
  id: string
  code: string
  label: string
  is_active: boolean
}

export const STAGE_FLAGS = [
  "is_initial",
  "is_terminal",
  "is_cancellation",
  "is_active",
  "allow_edit_lines",
  "allow_add_repair_lines",
  "allow_assign",
  "allow_post",
  "allow_customer_cancel",
  "customer_visible",
  "requires_reason",
] as const
export type StageFlag = (typeof STAGE_FLAGS)[number]

export type ServiceStage = {
  id: string
  code: string
  name: string
  description?: string | null
  position: number
  color?: string | null
  next_stage_codes: string[]
  /** The SLA event a move into the stage records. */
  sla_action?: "respond" | "resolve" | "pause" | "resume" | null
  reasons?: StageReason[]
  metadata?: Record<string, unknown> | null
} & Record<StageFlag, boolean>

export type StageRef = Pick<ServiceStage, "id" | "code" | "name"> &
  Partial<ServiceStage> & { color?: string | null; is_terminal?: boolean }

export type ServiceOrderLine = {
  id: string
  type: LineType
  description?: string | null
  quantity: Amount
  unit_cost: Amount
  unit_price: Amount
  billable: boolean
  service_task_id?: string | null
  product_variant_id?: string | null
  work_date?: string | null
  created_at?: string
}

export type StageTransition = {
  id: string
  from_stage_code?: string | null
  to_stage_code: string
  reason_code?: string | null
  note?: string | null
  actor_type?: string | null
  actor_id?: string | null
  created_at: string
}

export type ServiceOrder = {
  id: string
  number: string
  display_id: number
  title?: string | null
  description?: string | null
  internal_note?: string | null
  priority: Priority
  channel: string
  currency_code: string
  customer_id: string
  service_object_id?: string | null
  revenue_total: Amount
  cost_total: Amount
  margin_total: Amount
  created_at: string
  stage_changed_at?: string | null
  closed_at?: string | null
  canceled_at?: string | null
  address?: Record<string, unknown> | null
  posted_at?: string | null
  posted_order_id?: string | null
  posted_order?: { id: string; display_id?: number; status?: string } | null
  stage: StageRef
  customer?: CustomerRef | null
  service_object?: {
    id: string
    name: string
    serial_number?: string | null
    bom_version?: { id: string; bom_id: string; version: number } | null
  } | null
  lines?: ServiceOrderLine[]
  stage_transitions?: StageTransition[]
}

export type ServiceTask = {
  id: string
  code: string
  name: string
  description?: string | null
  default_duration_minutes?: number | null
  default_unit_price?: Amount
  default_unit_cost?: Amount
  required_skills: string[]
  is_active: boolean
}

export type ListResponse<K extends string, T> = { [key in K]: T[] } & {
  count: number
  offset: number
  limit: number
}

export type LineInput = {
  type: LineType
  description?: string
  quantity: number
  unit_price?: number
  unit_cost?: number
  billable?: boolean
  service_task_id?: string | null
  product_variant_id?: string | null
  work_date?: string | null
}
