import { model } from "@medusajs/framework/utils"

/**
 * A subscription's billing cursor: the first period without a fee transaction, and when it falls
 * due. Null when billing has ended (or waits at an open pause: next_due_at only). Its own narrow
 * row, keyed from the subscription, so a billing run moves it without rewriting the wide,
 * many-indexed subscription row.
 */
export const ServiceSubscriptionCursor = model
  .define("service_subscription_cursor", {
    id: model.id({ prefix: "ssubcur" }).primaryKey(),
    next_period_start: model.dateTime().nullable(),
    next_due_at: model.dateTime().nullable(),
  })
  .indexes([
    // The billing run's scan: cursors with a period due.
    { on: ["next_due_at"], where: "deleted_at IS NULL AND next_due_at IS NOT NULL" },
  ])
