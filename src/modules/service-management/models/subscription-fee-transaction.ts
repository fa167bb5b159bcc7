import { model } from "@medusajs/framework/utils"
import { ServiceSubscription } from "./service-subscription"
import { FEE_TRANSACTION_STATUSES } from "../../../types/enums"

/**
 * `invoicing` is the short step between claiming a transaction for an invoice (with the Medusa
 * order id chosen up front) and that order existing; a run that dies there is resolved by the
 * next run: the order exists → invoiced, it does not → pending again.
 */

/**
 * One subscription period's fee. Unique per (subscription, period start) in Postgres: no period
 * is billed twice, whatever runs at once.
 */
export const SubscriptionFeeTransaction = model
  .define("service_subscription_fee_transaction", {
    id: model.id({ prefix: "ssft" }).primaryKey(),
    customer_id: model.text(),
    currency_code: model.text(),
    period_start: model.dateTime(),
    period_end: model.dateTime(),
    due_at: model.dateTime(),
    period_days: model.number(),
    billable_days: model.number(),
    full_amount: model.bigNumber(),
    amount: model.bigNumber(),
    status: model.enum([...FEE_TRANSACTION_STATUSES]).default("pending"),
    // What was invoiced but not owed after a later pause or cancellation (status credited).
    credit_amount: model.bigNumber().nullable(),
    order_id: model.text().nullable(),
    billing_run_id: model.text().nullable(),
    invoiced_at: model.dateTime().nullable(),
    subscription: model.belongsTo(() => ServiceSubscription, { mappedBy: "fee_transactions" }),
  })
  .checks([{ name: "service_subscription_fee_transaction_amount_not_negative", expression: "amount >= 0 AND period_end > period_start" }])
  .indexes([
    { name: "IDX_service_subscription_fee_transaction_period_unique", on: ["subscription_id", "period_start"], unique: true },
    // Invoicing: the skip scan of the customers and currencies with pending fees, and each claim
    // (one customer's pending fees in one currency, due by the run's date).
    { name: "IDX_service_subscription_fee_transaction_invoicing", on: ["status", "customer_id", "currency_code", "due_at"], where: "deleted_at IS NULL" },
    { on: ["customer_id", "currency_code"], where: "deleted_at IS NULL" },
    // The subscription reports' period range, and the fee listing's order (period, then id: a page
    // is read from it and stops after its rows). The migration adds INCLUDE columns — currency,
    // status, amount, credit — so the listing's count and totals are an index-only scan.
    { name: "IDX_service_subscription_fee_transaction_period_start", on: ["period_start", "id"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL AND order_id IS NOT NULL" },
    { on: ["billing_run_id"], where: "deleted_at IS NULL AND billing_run_id IS NOT NULL" },
  ])
