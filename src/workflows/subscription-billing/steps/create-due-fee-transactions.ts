import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { currencyDigitsTable, dueFeeWrite } from "../../../modules/service-management/utils/subscription-periods"

// Subscriptions per statement in SQL (nothing per row comes back to Node; fewer, larger statements
// save a round trip, a plan and a commit each) and per read of custom-rule ones (Node's memory
// holds at most one batch of those). One transaction each.
const SQL_BATCH = 20000
const BATCH = 5000
// Statements billed at once, each on its own range of the subscriptions' cursor ids and its own
// connection: Postgres runs one statement on one core, and the machine has more.
const SQL_SHARES = 2

/**
 * Creates the fee transactions due up to `as_of`, set-based, in batches keyset by id, each in one
 * transaction with its cursors (`SQL_SHARES` such loops at once, on disjoint ranges of cursor ids): monthly, quarterly and yearly subscriptions, and RRULEs that are
 * plain month steps, entirely in Postgres (one statement per batch computes the periods and inserts
 * them: `insertDueCalendarFees`); other RRULE ones, at the same time, read in plain SQL, their periods
 * computed here, inserted with one `INSERT … SELECT`. The unique key skips any fee that exists. Safe to repeat after a crash: the
 * next run recomputes from the old cursor and inserts nothing twice. Returns how many fees were created.
 */
export async function createDueFeeTransactions(container: MedusaContainer, input: { as_of: Date; billing_run_id: string | null }) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const asOf = new Date(input.as_of)
  const digits = currencyDigitsTable()
  // Ranges ("", b1], (b1, b2], …, (bn, end): each id in exactly one.
  const bounds = await service.subscriptionCursorShareBounds(SQL_SHARES)
  const billShare = async (index: number) => {
    let inserted = 0
    const until = bounds[index] ?? null
    for (let after = index ? bounds[index - 1] : ""; ; ) {
      const batch = await service.insertDueCalendarFees({ as_of: asOf, billing_run_id: input.billing_run_id, after, limit: SQL_BATCH, digits, until })
      inserted += batch.inserted
      if (batch.subscriptions < SQL_BATCH || !batch.last_id) {
        return inserted
      }
      after = batch.last_id
    }
  }
  // Custom-rule subscriptions are none of the statements' (their months are not computable in SQL):
  // billed beside them, so their reads and round trips wait on no share.
  const billCustomRules = async () => {
    let inserted = 0
    for (let after = ""; ; ) {
      const subs = await service.listDueSubscriptions({ as_of: asOf, after, limit: BATCH })
      if (!subs.length) {
        return inserted
      }
      inserted += await service.insertFeeTransactionsAndAdvance(dueFeeWrite(subs, asOf, input.billing_run_id))
      after = subs[subs.length - 1].id
    }
  }
  // Every loop settles before a failure is thrown: compensation must not rewind the run's fees
  // while another loop is still inserting some.
  const settled = await Promise.allSettled([...Array.from({ length: bounds.length + 1 }, (_, index) => billShare(index)), billCustomRules()])
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected")
  if (failed) {
    throw failed.reason
  }
  const created = settled.reduce((sum, s) => sum + (s as PromiseFulfilledResult<number>).value, 0)
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
