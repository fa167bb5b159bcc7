import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService, { FeeTransactionRow, SubscriptionCursor } from "../../../modules/service-management/service"
import { duePeriods, withTypedPauses } from "../../../modules/service-management/utils/subscription-periods"

const BATCH = 500

/**
 * Creates the fee transactions due up to `as_of`, set-based: subscriptions with a period due are
 * read in batches of 500; each batch's periods go in with one INSERT (the unique key skips any
 * that exist) and the batch's cursors move with one UPDATE. Safe to repeat after a crash: the next
 * run recomputes from the old cursor and inserts nothing twice.
 */
export async function createDueFeeTransactions(container: MedusaContainer, input: { as_of: Date; billing_run_id: string | null }) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const created: string[] = []
  const previous: SubscriptionCursor[] = []
  let after = ""
  for (;;) {
    const subs = await service.listServiceSubscriptions(
      { next_due_at: { $lte: input.as_of }, id: { $gt: after } },
      { take: BATCH, order: { id: "ASC" } }
    )
    if (!subs.length) {
      break
    }
    const rows: FeeTransactionRow[] = []
    const cursors: SubscriptionCursor[] = []
    for (const sub of subs.map(withTypedPauses)) {
      // next_due_at is set, so the subscription has a period start to bill from.
      const due = duePeriods(sub, sub.next_period_start!, input.as_of)
      rows.push(
        ...due.periods.map((p) => ({
          subscription_id: sub.id,
          customer_id: sub.customer_id,
          currency_code: sub.currency_code,
          billing_run_id: input.billing_run_id,
          period_start: p.period_start,
          period_end: p.period_end,
          due_at: p.due_at,
          period_days: p.period_days,
          billable_days: p.billable_days,
          full_amount: p.full_amount,
          amount: p.amount,
        }))
      )
      cursors.push({ id: sub.id, from_period_start: sub.next_period_start!, next_period_start: due.next_period_start, next_due_at: due.next_due_at })
      previous.push({ id: sub.id, from_period_start: due.next_period_start as Date, next_period_start: sub.next_period_start, next_due_at: sub.next_due_at })
    }
    created.push(...(await service.insertFeeTransactions(rows)))
    await service.advanceSubscriptionCursors(cursors)
    after = subs[subs.length - 1].id
  }
  return { created, previous }
}

export const createDueFeeTransactionsStepId = "create-due-fee-transactions"
/** See `createDueFeeTransactions`. Compensation removes the fees it created that are still pending and moves the cursors back. */
export const createDueFeeTransactionsStep = createStep(
  createDueFeeTransactionsStepId,
  async (input: { as_of: Date; billing_run_id: string }, { container }) => {
    const result = await createDueFeeTransactions(container, input)
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    await service.updateServiceBillingRuns({ id: input.billing_run_id, transactions_created: result.created.length })
    return new StepResponse(result.created.length, result)
  },
  async (result, { container }) => {
    if (!result?.created.length) {
      return
    }
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const pending = await service.listServiceSubscriptionFeeTransactions({ id: result.created, status: "pending" }, { select: ["id"] })
    await service.deleteServiceSubscriptionFeeTransactions(pending.map((t) => t.id))
    await service.advanceSubscriptionCursors(result.previous.filter((c) => c.from_period_start))
  }
)
