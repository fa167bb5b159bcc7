import { z } from "@medusajs/framework/zod"
import { subscriptionReportParams } from "../subscription-fee-transactions/validators"

export const AdminGetSubscriptionTransactionReportParams = subscriptionReportParams("subscription")
export type AdminGetSubscriptionTransactionReportParams = z.infer<typeof AdminGetSubscriptionTransactionReportParams>
