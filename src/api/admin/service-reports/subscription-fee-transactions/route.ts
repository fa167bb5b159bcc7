import { reportRoute } from "../report-route"
import { subscriptionReportCsv, subscriptionReportFilters } from "./validators"

/**
 * Subscription fees per transaction (default; with the Medusa order each was invoiced on),
 * subscription, group, customer, or month (recurring revenue and its movement): billed, pending,
 * credited, per currency.
 */
export const GET = reportRoute({ report: "subscriptions", file: "subscription-fee-transactions", filters: subscriptionReportFilters, ...subscriptionReportCsv })
