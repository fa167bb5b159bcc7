import { DateTime } from "luxon"
import type { WarrantyRemedy } from "../../../types/enums"
import type { WarrantyTerm } from "../../../types/http/warranty"

// A warranty longer than 50 years is a data-entry mistake, not a promise.
export const MAX_WARRANTY_MONTHS = 600

/** The fields of a warranty term the rules read (remedies as stored: text). */
export type WarrantyTermRule = Pick<
  WarrantyTerm,
  "id" | "product_id" | "variant_id" | "duration_months" | "start_basis" | "parts_coverage_percent" | "labour_coverage_percent"
> & { remedies: WarrantyRemedy[] | string[] }

/** The moments a unit's warranty may run from; a moment not reached yet is null. */
export type WarrantyMoments = { placed: Date | string; fulfilled?: Date | string | null; delivered?: Date | string | null }

/** The term that applies to a unit of `variant`: the variant's own, else its product's, else none. */
export function termFor<T extends WarrantyTermRule>(variant: { id: string | null; product_id: string | null }, terms: T[]): T | null {
  return (
    (variant.id ? terms.find((t) => t.variant_id === variant.id) : undefined) ??
    (variant.product_id ? terms.find((t) => t.product_id === variant.product_id) : undefined) ??
    null
  )
}

/** When the term starts for a unit: the moment its start basis names, or null until it happens. */
export function warrantyStart(term: Pick<WarrantyTermRule, "start_basis">, moments: WarrantyMoments): Date | null {
  const at = moments[term.start_basis]
  return at ? new Date(at) : null
}

/**
 * When the warranty of a unit ends: its start plus the term's months (month-end safe, in UTC).
 * Null without a term, or while the moment it starts from has not happened (an undelivered unit).
 */
export function warrantyEnd(term: Pick<WarrantyTermRule, "start_basis" | "duration_months"> | null, moments: WarrantyMoments): Date | null {
  const start = term ? warrantyStart(term, moments) : null
  if (!term || !start) {
    return null
  }
  return DateTime.fromJSDate(start, { zone: "utc" }).plus({ months: term.duration_months }).toJSDate()
}

/** Whether a unit is under warranty at `at`: an end in the future that no return or cancellation cut short. */
export function isUnderWarranty(object: { warranty_end: Date | string | null; warranty_ended_at?: Date | string | null }, at: Date): boolean {
  if (!object.warranty_end || object.warranty_ended_at) {
    return false
  }
  return new Date(object.warranty_end).getTime() > at.getTime()
}

/** What a service object records of its warranty when it is registered: the term, its start and end. */
export function warrantyFields(term: WarrantyTermRule | null, moments: WarrantyMoments) {
  return {
    warranty_term_id: term?.id ?? null,
    warranty_starts_at: term ? warrantyStart(term, moments) : null,
    warranty_end: warrantyEnd(term, moments),
  }
}

/** The order fields the moments of a line are read from (Medusa's order with its fulfilments). */
export type OrderWithFulfillments = {
  created_at: Date | string
  fulfillments?: ({
    created_at: Date | string
    delivered_at?: Date | string | null
    canceled_at?: Date | string | null
    items?: ({ line_item_id: string | null } | null)[] | null
  } | null)[] | null
}

/** The moments of an order line: the order's placing and the first live fulfilment holding the line (its delivery, if any). */
export function lineMoments(order: OrderWithFulfillments, lineItemId: string): WarrantyMoments {
  const fulfilment = (order.fulfillments ?? [])
    .filter((f): f is NonNullable<typeof f> => !!f && !f.canceled_at && !!f.items?.some((i) => i?.line_item_id === lineItemId))
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())[0]
  return { placed: order.created_at, fulfilled: fulfilment?.created_at ?? null, delivered: fulfilment?.delivered_at ?? null }
}
