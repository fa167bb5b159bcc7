import type { AllowanceBalance } from "./agreements"
// Warranty terms (/admin/warranty-terms) and the entitlement of a service object
// (/admin|store/service-objects/:id/entitlement).
import type { EntitlementOptionKind, WarrantyEndReason, WarrantyRemedy, WarrantyStartBasis } from "../enums"

export type WarrantyTerm = {
  id: string
  product_id: string | null
  variant_id: string | null
  duration_months: number
  start_basis: WarrantyStartBasis
  parts_coverage_percent: number
  labour_coverage_percent: number
  remedies: WarrantyRemedy[]
  transferable: boolean
  metadata?: Record<string, unknown> | null
  created_at: string
  updated_at?: string
}

/** The body of `POST /admin/warranty-terms[/:id]` (the product or variant only on create). */
export type WarrantyTermInput = Partial<Pick<WarrantyTerm, "product_id" | "variant_id">> &
  Pick<WarrantyTerm, "duration_months" | "start_basis" | "parts_coverage_percent" | "labour_coverage_percent" | "remedies" | "transferable">

/** What the customer may ask for, and what it costs them (null: priced when quoted). */
export type EntitlementOption = {
  kind: EntitlementOptionKind
  available: boolean
  /** What the customer pays, in the agreement's or the store's currency; null when it is quoted. */
  cost: number | null
  /** Why: "warranty", "agreement", "return_window" or "paid". */
  basis: "warranty" | "agreement" | "return_window" | "paid"
}

export type Entitlement = {
  service_object_id: string
  as_of: string
  warranty: {
    under_warranty: boolean
    term_id: string | null
    starts_at: string | null
    ends_at: string | null
    ended_at: string | null
    end_reason: WarrantyEndReason | null
    parts_coverage_percent: number
    labour_coverage_percent: number
    remedies: WarrantyRemedy[]
    transferable: boolean
  }
  agreement: {
    covered: boolean
    agreements: {
      id: string
      number: string
      name: string
      valid_to: string | null
      lines: { id: string; description: string; type: string; service_object_id: string | null; unit_price: number; allowance: LineAllowance | null }[]
    }[]
  }
  sla: { id: string; code: string; name: string; response_minutes: number; resolution_minutes: number } | null
  /** Open while the order's return window (option `returns.windowDays` from the order's date) has not closed. */
  return_window: { open: boolean; closes_at: string | null }
  options: EntitlementOption[]
}

/** What an agreement line with an allowance has left in its current period (visits or hours). */
export type LineAllowance = Pick<AllowanceBalance, "unit" | "period" | "period_end" | "allowance" | "used" | "remaining" | "overage_unit_price">

/** The customer's view: no term, agreement line or SLA ids and no line prices. */
export type StoreEntitlement = Omit<Entitlement, "warranty" | "agreement" | "sla"> & {
  warranty: Omit<Entitlement["warranty"], "term_id">
  agreement: {
    covered: boolean
    agreements: { number: string; name: string; valid_to: string | null; lines: { description: string; type: string; allowance: LineAllowance | null }[] }[]
  }
  sla: { name: string; response_minutes: number; resolution_minutes: number } | null
}
