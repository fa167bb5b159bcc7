// Repair estimates: versions with their Medusa order's lines and totals.
import type { ServiceEstimateStatus } from "../enums"
import type { ServiceEstimateAllowedActions } from "./allowed-actions"

/** An estimate's lines and totals, read from its Medusa draft order (or the order it became). */
export type ServiceEstimateOrder = {
  id: string
  status: string
  currency_code: string
  subtotal: number
  tax_total: number
  total: number
  items: { id: string; title: string; subtitle: string | null; quantity: number; unit_price: number; subtotal: number; total: number }[]
}

/** One version; `status` is as of now (a sent one past `valid_until` reads `expired`). */
export type ServiceEstimate = {
  id: string
  version: number
  status: ServiceEstimateStatus
  currency_code: string
  valid_until: string | Date | null
  sent_at: string | Date | null
  answered_at: string | Date | null
  answer_note: string | null
  draft_order_id: string
  created_by: string | null
  sent_by: string | null
  created_at: string | Date
  order: ServiceEstimateOrder | null
}

/** `GET /admin/service-orders/:id/estimate` (and the answer of its POST routes). */
export type ServiceEstimateResponse = {
  /** The current version (draft, sent or accepted), else the latest. */
  estimate: ServiceEstimate | null
  /** Every version, newest first. */
  versions: ServiceEstimate[]
  allowed_actions: ServiceEstimateAllowedActions
}

/** `POST /admin/service-orders/:id/estimate` and `…/estimate/send`. */
export type ServiceEstimateBody = { valid_until?: string | null }
