// Service orders and what they are built from (stages, tasks, objects), as the admin API answers them.
import type {
  ServiceOrderChannel,
  ServiceOrderLineType,
  ServiceOrderPriority,
  StageSlaAction,
  TransitionActorType,
} from "../enums"
import type { Amount, CustomerRef } from "./common"

export type StageReason = {
  id: string
  code: string
  label: string
  is_active: boolean
}

/** A stage's yes/no rules, in the order the settings show them. */
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
  sla_action?: StageSlaAction | null
  reasons?: StageReason[]
  metadata?: Record<string, unknown> | null
} & Record<StageFlag, boolean>

export type StageRef = Pick<ServiceStage, "id" | "code" | "name"> &
  Partial<ServiceStage> & { color?: string | null; is_terminal?: boolean }

export type ServiceOrderLine = {
  id: string
  type: ServiceOrderLineType
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
  actor_type?: TransitionActorType | null
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
  priority: ServiceOrderPriority
  channel: ServiceOrderChannel
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

/** A line as `POST /admin/service-orders/:id/lines` takes it. */
export type ServiceOrderLineInput = {
  type: ServiceOrderLineType
  description?: string
  quantity: number
  unit_price?: number
  unit_cost?: number
  billable?: boolean
  service_task_id?: string | null
  product_variant_id?: string | null
  work_date?: string | null
}
