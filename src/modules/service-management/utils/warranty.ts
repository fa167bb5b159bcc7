import { DateTime } from "luxon"

type Metadata = Record<string, unknown> | null | undefined

// A warranty longer than 50 years is a data-entry mistake, not a promise.
const MAX_WARRANTY_MONTHS = 600

function months(metadata: Metadata): number | null {
  const value = Number(metadata?.warranty_months)
  return Number.isInteger(value) && value > 0 && value <= MAX_WARRANTY_MONTHS ? value : null
}

function date(metadata: Metadata): Date | null {
  const value = metadata?.warranty_end
  if (typeof value !== "string" || !value) {
    return null
  }
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

/**
 * When the warranty of a unit bought at `purchasedAt` ends, from the catalogue's metadata: an
 * explicit `warranty_end` date on the order line item wins, else `warranty_months` on the
 * variant, else on the product, counted from the purchase (month-end safe). Null when none says.
 */
export function warrantyEndFromMetadata(
  purchasedAt: Date | string,
  sources: { line_item?: Metadata; variant?: Metadata; product?: Metadata }
): Date | null {
  const explicit = date(sources.line_item)
  if (explicit) {
    return explicit
  }
  const term = months(sources.variant) ?? months(sources.product)
  if (!term) {
    return null
  }
  return DateTime.fromJSDate(new Date(purchasedAt), { zone: "utc" }).plus({ months: term }).toJSDate()
}
