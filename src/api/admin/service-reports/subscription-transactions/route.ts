import { reportRoute } from "../report-route"
import { subscriptionReportCsv, subscriptionReportFilters } from "../subscription-fee-transactions/validators"

/**
 * Subscriptions' fees per subscription (default), group or customer — billed, pending, credited —
 * and per month the recurring revenue (MRR) with its movement, per currency.
 */
export const GET = reportRoute({ report: "subscriptions", file: "subscription-transactions", filters: subscriptionReportFilters, ...subscriptionReportCsv })
