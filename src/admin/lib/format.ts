import type { Amount, CustomerRef, ServiceObject } from "../../types"

/** A big-number column may arrive as a number or a numeric string. */
export const toNumber = (value: Amount): number => {
  if (value === null || value === undefined || value === "") {
    return 0
  }
  const n = typeof value === "number" ? value : Number(value)
  return Number.isFinite(n) ? n : 0
}

/** Decimal amount in major units, shown in the order's currency. */
export const formatMoney = (value: Amount, currencyCode?: string | null): string => {
  const amount = toNumber(value)
  if (!currencyCode) {
    return amount.toFixed(2)
  }
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(amount)
  } catch {
    return `${amount.toFixed(2)} ${currencyCode.toUpperCase()}`
  }
}

export const formatPercent = (value: number | null): string =>
  value === null ? "–" : `${value.toFixed(1)} %`

/** Margin as a share of revenue; null when there is no revenue to relate it to. */
export const marginPercent = (revenue: Amount, margin: Amount): number | null => {
  const r = toNumber(revenue)
  return r === 0 ? null : (toNumber(margin) / r) * 100
}

export const formatDate = (value?: string | Date | null): string => {
  if (!value) {
    return "–"
  }
  const d = new Date(value)
  return Number.isNaN(d.getTime())
    ? "–"
    : d.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" })
}

export const formatDateTime = (value?: string | Date | null): string => {
  if (!value) {
    return "–"
  }
  const d = new Date(value)
  return Number.isNaN(d.getTime())
    ? "–"
    : d.toLocaleString(undefined, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      })
}

/** `YYYY-MM-DD` for an `<input type="date">`. */
export const toDateInput = (value?: string | null): string => {
  if (!value) {
    return ""
  }
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10)
}

export const customerName = (customer?: CustomerRef | null): string => {
  if (!customer) {
    return "–"
  }
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.company_name || customer.email || customer.id
}

export const humanize = (value?: string | null): string =>
  value ? value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, " ") : "–"

export type WarrantyState = "active" | "expired" | "none"

export const warrantyState = (warrantyEnd?: string | null, now = new Date()): WarrantyState => {
  if (!warrantyEnd) {
    return "none"
  }
  const end = new Date(warrantyEnd)
  if (Number.isNaN(end.getTime())) {
    return "none"
  }
  return end.getTime() >= now.getTime() ? "active" : "expired"
}

/** "Product · Variant" for an object's product variant, or null without one. */
export const variantLabel = (o: Pick<ServiceObject, "product_variant">): string | null =>
  o.product_variant
    ? [o.product_variant.product?.title, o.product_variant.title].filter(Boolean).join(" · ") || o.product_variant.id
    : null
