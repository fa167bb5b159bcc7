import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService, { FeeTransactionRow, SubscriptionCursor } from "../../../modules/service-management/service"
import { duePeriods } from "../../../modules/service-management/utils/subscription-periods"

// Subscriptions per batch: one read and one transaction each; memory holds one batch.
const BATCH = 2000

/**
 * Creates the fee transactions due up to `as_of`, set-based: subscriptions with a period due are
 * read in batches (keyset by id, plain SQL); each batch's periods go in with one `INSERT … SELECT`
 * (the unique key skips any that exist) and its cursors move with one UPDATE, in one transaction.
 * Safe to repeat after a crash: the next run recomputes from the old cursor and inserts nothing
 * twice. Returns how many fees were created.
 */
export async function createDueFeeTransactions(container: MedusaContainer, input: { as_of: Date; billing_run_id: string | null }) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const asOf = new Date(input.as_of)
  let created = 0
  let after = ""
  for (;;) {
    const subs = await service.listDueSubscriptions({ as_of: asOf, after, limit: BATCH })
    if (!subs.length) {
      break
    }
    const rows: FeeTransactionRow[] = []
    const cursors: SubscriptionCursor[] = []
    for (const sub of subs) {
      const due = duePeriods(sub, sub.next_period_start, asOf)
      for (const p of due.periods) {
        rows.push({ ...p, subscription_id: sub.id, customer_id: sub.customer_id, currency_code: sub.currency_code, billing_run_id: input.billing_run_id })
      }
      cursors.push({ id: sub.id, from_period_start: sub.next_period_start, next_period_start: due.next_period_start, next_due_at: due.next_due_at })
    }
    created += await service.insertFeeTransactionsAndAdvance({ rows, cursors })
    after = subs[subs.length - 1].id
  }
  return { created }
}

export const createDueFeeTransactionsStepId = "create-due-fee-transactions"
/**
 * See `createDueFeeTransactions`. Compensation removes the run's fees that are still pending and
 * moves those subscriptions' cursors back to them (`rewindBillingRunFees`): the result holds
 * nothing that grows with the rows.
 */
export const createDueFeeTransactionsStep = createStep(
  createDueFeeTransactionsStepId,
  async (input: { as_of: Date; billing_run_id: string }, { container }) => {
    const { created } = await createDueFeeTransactions(container, input)
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    await service.updateServiceBillingRuns({ id: input.billing_run_id, transactions_created: created })
    return new StepResponse(created, created ? input.billing_run_id : undefined)
  },
  async (billingRunId, { container }) => {
    if (billingRunId) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).rewindBillingRunFees(billingRunId)
    }
  }
)
