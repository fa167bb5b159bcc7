import { formatDate, formatMoney } from "../../lib/format"
import type { ServiceSubscription } from "../../../types"

const DAY_MS = 24 * 60 * 60 * 1000

/** "1 Jan 2027 – 31 Jan 2027": periods end exclusively, the last day shown is the day before. */
export const formatPeriod = (start: string, end: string) => `${formatDate(start)} – ${formatDate(new Date(new Date(end).getTime() - DAY_MS))}`

const FREQUENCY_TEXT = { monthly: "month", quarterly: "quarter", yearly: "year" } as const

/** "€19.00 per month, in advance" */
export const formatTerms = (s: Pick<ServiceSubscription, "amount" | "currency_code" | "frequency" | "rrule" | "billing_timing">) =>
  `${formatMoney(s.amount, s.currency_code)} ${s.frequency === "rrule" ? `per period (${s.rrule})` : `per ${FREQUENCY_TEXT[s.frequency]}`}, in ${s.billing_timing}`

/** "€120.00, $40.00": a run's invoiced amount per currency. */
export const formatAmounts = (amounts?: Record<string, number> | null) =>
  Object.entries(amounts ?? {})
    .map(([currency, amount]) => formatMoney(amount, currency))
    .join(", ") || "–"
