import { ENTITLEMENT_OPTIONS, EntitlementOptionKind, WarrantyEndReason, WarrantyRemedy } from "../../../../types/enums"
import type { AllowanceBalance } from "../../../../types/http/agreements"
import type { Entitlement, EntitlementOption, LineAllowance, StoreEntitlement } from "../../../../types/http/warranty"
import { isUnderWarranty, WarrantyTermRule } from "../warranty"

type Day = Date | string
export type EntitlementInput = {
  object: {
    id: string
    warranty_end: Day | null
    warranty_starts_at: Day | null
    warranty_ended_at: Day | null
    warranty_end_reason: WarrantyEndReason | null
  }
  term: (WarrantyTermRule & { transferable: boolean }) | null
  /** The customer's active agreements with their lines. */
  agreements: { id: string; number: string; name: string; valid_from: Day; valid_to: Day | null; lines: { id: string; description: string; type: string; service_object_id: string | null; unit_price: unknown }[] }[]
  /** The current period's balance of the covering lines that grant visits or hours. */
  allowances: AllowanceBalance[]
  sla: Entitlement["sla"]
  return_window_closes: Date | null
  /** The price of each option's service task (its labour), where the plugin names one. */
  task_prices: Partial<Record<EntitlementOptionKind, number>>
  /** The typical parts amount of each repair option, where the merchant configures one (option `entitlement.parts`). */
  parts_amounts: Partial<Record<EntitlementOptionKind, number>>
  now: Date
}

const iso = (d: Day | null | undefined) => (d ? new Date(d).toISOString() : null)
const lineAllowance = (b: AllowanceBalance | undefined): LineAllowance | null =>
  b ? { unit: b.unit, period: b.period, period_end: b.period_end, allowance: b.allowance, used: b.used, remaining: b.remaining, overage_unit_price: b.overage_unit_price } : null
const REPAIRS: EntitlementOptionKind[] = ["on_site_visit", "mail_in_repair", "return_for_repair"]
const cents = (amount: number) => Math.round(amount * 100) / 100

/**
 * What a repair costs the customer: the share of the labour (`labour`, the task price) and of the
 * parts (`parts`, the typical parts amount) that the coverage leaves, each by its own percentage.
 * A share fully covered costs 0 even unpriced; an unpriced labour share makes the cost unknown
 * (null: quoted); no parts amount adds nothing (parts quoted after diagnosis).
 */
export function repairCost(
  labour: number | null,
  parts: number | null,
  coverage: { labour_percent: number; parts_percent: number } = { labour_percent: 0, parts_percent: 0 }
): number | null {
  const left = (amount: number | null, percent: number) => (percent >= 100 ? 0 : amount === null ? null : (amount * (100 - percent)) / 100)
  const labourShare = left(labour, coverage.labour_percent)
  return labourShare === null ? null : cents(labourShare + (left(parts, coverage.parts_percent) ?? 0))
}

/** The agreements in force at `now` with their lines that cover the object: lines naming it or no object. */
export function agreementsCovering<A extends EntitlementInput["agreements"][number]>(agreements: A[], objectId: string, now: Date): A[] {
  return agreements
    .filter((a) => new Date(a.valid_from) <= now && (!a.valid_to || new Date(a.valid_to) > now))
    .map((a) => ({ ...a, lines: a.lines.filter((l) => !l.service_object_id || l.service_object_id === objectId) }))
    .filter((a) => a.lines.length)
}

/**
 * What the customer is entitled to for one object today. Agreement coverage: a line of an
 * agreement in force today that names this object or no object. Each repair option costs nothing
 * under an agreement; under warranty with the repair remedy it costs the labour share and the
 * parts share the warranty leaves (`repairCost`); a return for repair is free while the return
 * window is open; otherwise the option's task price plus its parts amount. A replacement is
 * offered only under warranty with the replace remedy, at no cost. A paid repair is always
 * offered at its task price plus its parts amount.
 */
export function entitlementView(input: EntitlementInput): Entitlement {
  const { object, term, now } = input
  const under = isUnderWarranty(object, now)
  const remedies = (term?.remedies ?? []) as WarrantyRemedy[]
  const inForce = agreementsCovering(input.agreements, object.id, now)
  const covered = inForce.length > 0
  const windowOpen = !!input.return_window_closes && input.return_window_closes > now
  const price = (kind: EntitlementOptionKind) => input.task_prices[kind] ?? null
  const parts = (kind: EntitlementOptionKind) => input.parts_amounts[kind] ?? null

  const option = (kind: EntitlementOptionKind): EntitlementOption => {
    if (kind === "replacement") {
      const offered = under && remedies.includes("replace")
      return { kind, available: offered, cost: offered ? 0 : null, basis: offered ? "warranty" : "paid" }
    }
    if (REPAIRS.includes(kind)) {
      if (covered) {
        return { kind, available: true, cost: 0, basis: "agreement" }
      }
      if (under && remedies.includes("repair")) {
        const coverage = { labour_percent: term?.labour_coverage_percent ?? 100, parts_percent: term?.parts_coverage_percent ?? 100 }
        return { kind, available: true, cost: repairCost(price(kind), parts(kind), coverage), basis: "warranty" }
      }
      if (kind === "return_for_repair" && windowOpen) {
        return { kind, available: true, cost: 0, basis: "return_window" }
      }
    }
    return { kind, available: true, cost: repairCost(price(kind), parts(kind)), basis: "paid" }
  }

  return {
    service_object_id: object.id,
    as_of: now.toISOString(),
    warranty: {
      under_warranty: under,
      term_id: term?.id ?? null,
      starts_at: iso(object.warranty_starts_at),
      ends_at: iso(object.warranty_end),
      ended_at: iso(object.warranty_ended_at),
      end_reason: object.warranty_end_reason,
      parts_coverage_percent: under ? (term?.parts_coverage_percent ?? 100) : 0,
      labour_coverage_percent: under ? (term?.labour_coverage_percent ?? 100) : 0,
      remedies: under ? remedies : [],
      transferable: term?.transferable ?? false,
    },
    agreement: {
      covered,
      agreements: inForce.map((a) => ({
        id: a.id,
        number: a.number,
        name: a.name,
        valid_to: iso(a.valid_to),
        lines: a.lines.map((l) => ({
          id: l.id,
          description: l.description,
          type: l.type,
          service_object_id: l.service_object_id,
          unit_price: Number(l.unit_price),
          allowance: lineAllowance(input.allowances.find((b) => b.agreement_line_id === l.id)),
        })),
      })),
    },
    sla: input.sla,
    return_window: { open: windowOpen, closes_at: iso(input.return_window_closes) },
    options: ENTITLEMENT_OPTIONS.map(option),
  }
}

/** The customer's view of an entitlement: no internal ids and no line prices. */
export function storeEntitlementView(e: Entitlement): StoreEntitlement {
  const { term_id: _term, ...warranty } = e.warranty
  return {
    ...e,
    warranty,
    agreement: {
      covered: e.agreement.covered,
      agreements: e.agreement.agreements.map((a) => ({ number: a.number, name: a.name, valid_to: a.valid_to, lines: a.lines.map((l) => ({ description: l.description, type: l.type, allowance: l.allowance })) })),
    },
    sla: e.sla && { name: e.sla.name, response_minutes: e.sla.response_minutes, resolution_minutes: e.sla.resolution_minutes },
  }
}
