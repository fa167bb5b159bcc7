import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { FEE_TRANSACTION_STATUSES, SUBSCRIPTION_REPORT_GROUPS, SubscriptionReportGroup } from "../../../../types/enums"
import { oneOrMany } from "../../../utils/validators"
import { currencies, currencyCodes, idOrIds, list, reportParams } from "../report-params"

/** The filters both subscription reports take; they differ in their default grouping. */
export const subscriptionReportParams = (fallback: SubscriptionReportGroup) =>
  reportParams(SUBSCRIPTION_REPORT_GROUPS, fallback, {
    subscription_id: idOrIds(),
    customer_id: idOrIds(),
    group_id: idOrIds(),
    status: oneOrMany(FEE_TRANSACTION_STATUSES),
    currency_code: currencyCodes(),
  })

export const AdminGetSubscriptionFeeTransactionReportParams = subscriptionReportParams("transaction")
export type AdminGetSubscriptionFeeTransactionReportParams = z.infer<typeof AdminGetSubscriptionFeeTransactionReportParams>

// Recurring revenue is computed month by month: a range of at most ten years keeps a request bounded.
const MAX_MRR_MONTHS = 120

/** The subscription report's filters from either route's query. */
export const subscriptionReportFilters = (q: AdminGetSubscriptionFeeTransactionReportParams) => {
  if (q.group_by === "month" && q.from) {
    const to = q.to ?? new Date()
    const months = (to.getUTCFullYear() - q.from.getUTCFullYear()) * 12 + to.getUTCMonth() - q.from.getUTCMonth()
    if (months > MAX_MRR_MONTHS) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Recurring revenue covers at most ${MAX_MRR_MONTHS} months at a time`)
    }
  }
  return {
    group_by: q.group_by,
    from: q.from,
    to: q.to,
    subscription_id: list(q.subscription_id),
    customer_id: list(q.customer_id),
    group_id: list(q.group_id),
    status: list(q.status),
    currency_code: currencies(q.currency_code),
    now: new Date(),
  }
}

const FEES = ["currency_code", "transactions", "billed", "pending", "credited", "net_billed"]
const MRR = ["currency_code", "customers", "mrr", "new", "expansion", "contraction", "churn", "reactivation"]

/** Both subscription reports' CSV columns and amounts. */
export const subscriptionReportCsv = {
  columns: (groupBy: SubscriptionReportGroup) =>
    groupBy === "transaction"
      ? ["key", "label", "subscription_id", "customer_id", "period_start", "period_end", "status", "order_id", "invoiced_at", ...FEES]
      : groupBy === "month"
        ? ["key", ...MRR]
        : ["key", "label", ...FEES],
  amounts: ["billed", "pending", "credited", "net_billed", "mrr", "new", "expansion", "contraction", "churn", "reactivation"],
}
