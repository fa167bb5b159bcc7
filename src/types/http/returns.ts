// Returns for repair (RMA) of order items.
import type { ServiceReturnDisposition, ServiceReturnStatus } from "../enums"
import type { ServiceReturnAllowedActions } from "./allowed-actions"

export type ServiceReturnItem = {
  id: string
  order_line_item_id: string
  quantity: number
  serial_number?: string | null
  service_object_id?: string | null
  disposition: ServiceReturnDisposition
  reason?: string | null
  under_warranty: boolean
}

export type ServiceReturnHistoryEntry = {
  id: string
  from_status: string | null
  to_status: string
  actor_type: string
  actor_id?: string | null
  note?: string | null
  created_at: string
}

/** When a return reached each status: the date fields of its answer, in the order they happen. */
export const SERVICE_RETURN_STATUS_DATES = ["requested_at", "approved_at", "received_at", "resolved_at", "rejected_at"] as const

export type ServiceReturn = {
  id: string
  number: string
  order_id: string
  customer_id?: string | null
  status: ServiceReturnStatus
  reason?: string | null
  return_id?: string | null
  service_order_id?: string | null
  replacement_claim_id?: string | null
  refund_amount?: number | null
  credit_pending_amount?: number | null
  requested_at: string
  created_at: string
  items?: ServiceReturnItem[]
  history?: ServiceReturnHistoryEntry[]
  /** On the detail answer. */
  allowed_actions?: ServiceReturnAllowedActions
}

/** `POST /admin/service-returns`. */
export type CreateServiceReturnBody = {
  order_id: string
  reason?: string
  items: {
    order_line_item_id: string
    quantity: number
    disposition: ServiceReturnDisposition
    serial_number?: string
    reason?: string
  }[]
}
