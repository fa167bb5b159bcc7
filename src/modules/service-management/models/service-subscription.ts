import { model } from "@medusajs/framework/utils"
import { SubscriptionFeeTransaction } from "./subscription-fee-transaction"
import { SubscriptionGroup } from "./subscription-group"
import { ServiceSubscriptionCursor } from "./service-subscription-cursor"
import { BILLING_FREQUENCIES, BILLING_TIMINGS, SERVICE_SUBSCRIPTION_STATUSES } from "../../../types/enums"
import { numberedColumns, numberedIndexes } from "../utils/numbered-columns"
import { CUSTOM_RULE_PREDICATE } from "../repositories/common/calendar-months"

/**
 * A periodic fee a customer pays, independent of how often service happens: an amount per
 * period (monthly, quarterly, yearly or an RRULE), billed in advance or in arrears.
 */
export const ServiceSubscription = model
  .define("service_subscription", {
    id: model.id({ prefix: "ssub" }).primaryKey(),
    ...numberedColumns(),
    customer_id: model.text(),
    description: model.text().searchable(),
    agreement_id: model.text().nullable(),
    product_variant_id: model.text().nullable(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    frequency: model.enum([...BILLING_FREQUENCIES]),
    rrule: model.text().nullable(),
    billing_timing: model.enum([...BILLING_TIMINGS]).default("advance"),
    start_date: model.dateTime(),
    end_date: model.dateTime().nullable(),
    status: model.enum([...SERVICE_SUBSCRIPTION_STATUSES]).default("active"),
    // [{ from, to }]: days billing is paused; `to` null while the pause is open.
    pauses: model.json().nullable(),
    cancel_from: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
    group: model.belongsTo(() => SubscriptionGroup, { mappedBy: "subscriptions" }).nullable(),
    fee_transactions: model.hasMany(() => SubscriptionFeeTransaction, { mappedBy: "subscription" }),
    // The billing cursor, keyed from this side: the cursor's table keeps only its own indexes.
    cursor: model.hasOne(() => ServiceSubscriptionCursor, { foreignKey: true, mappedBy: undefined }),
  })
  .cascades({ delete: ["cursor"] })
  // An end date is the last billed day (a one-day subscription ends on its start).
  .checks([
    { name: "service_subscription_amount_positive", expression: "amount > 0" },
    { name: "service_subscription_end_after_start", expression: "end_date IS NULL OR end_date >= start_date" },
  ])
  .indexes([
    ...numberedIndexes("service_subscription"),
    { on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    // The run's read of custom-rule subscriptions (listDue, keyset by id): only those rows, not a
    // scan of every due subscription (a parallel scan whose workers' start cost 100 ms of a 2 s run).
    { name: "IDX_service_subscription_custom_rule_id", on: ["id"], where: CUSTOM_RULE_PREDICATE },
    { on: ["agreement_id"], where: "deleted_at IS NULL AND agreement_id IS NOT NULL" },
    // One cursor per subscription, and the billing run's way from a due cursor to its subscription.
    { on: ["cursor_id"], unique: true },
  ])
