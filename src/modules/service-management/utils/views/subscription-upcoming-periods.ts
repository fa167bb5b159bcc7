import { BillingPause, duePeriods, SubscriptionTerms } from "../subscription-periods"

const UPCOMING = 6
const FAR_FUTURE = new Date(Date.UTC(9999, 0, 1))

/** A subscription as read: its terms and the cursor of the next period to bill. */
export type SubscriptionForPeriods = Partial<Omit<SubscriptionTerms, "pauses">> & {
  next_period_start?: Date | string | null
  pauses?: BillingPause[] | null
}

/** The next periods a subscription will bill (from its cursor), with their due dates and amounts. */
export function upcomingPeriods(subscription: SubscriptionForPeriods, count = UPCOMING) {
  const { next_period_start, frequency, amount, currency_code, billing_timing, start_date } = subscription
  if (!next_period_start || !frequency || amount === undefined || !currency_code || !billing_timing || !start_date) {
    return []
  }
  const terms: SubscriptionTerms = { ...subscription, amount, currency_code, frequency, billing_timing, start_date }
  return duePeriods(terms, new Date(next_period_start), FAR_FUTURE, count).periods.map((p) => ({
    period_start: p.period_start,
    period_end: p.period_end,
    due_at: p.due_at,
    billable_days: p.billable_days,
    period_days: p.period_days,
    amount: p.amount,
  }))
}
