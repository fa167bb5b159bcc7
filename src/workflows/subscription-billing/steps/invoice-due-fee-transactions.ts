import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { chooseRegion } from "../../../modules/service-management/utils/posting"
import { loadOrderPlaces } from "../../common/utils/order-party"
import { invoiceFeeTransactionsWorkflow } from "../invoice-fee-transactions"

export type InvoicingOutcome = {
  transactions_invoiced: number
  orders_created: number
  amounts: Record<string, number>
  errors: { customer_id: string; currency_code: string; message: string }[]
}

const PROGRESS_EVERY_MS = 1000

export const invoiceDueFeeTransactionsStepId = "invoice-due-fee-transactions"
/**
 * Invoices every customer × currency with pending fees due, each in its own workflow (its own
 * compensation, committed on its own): a customer that fails is recorded and the others go on.
 * The store's regions and sales channel are read once for the run, not once per invoice; a group
 * in a currency no region uses is refused without running its workflow.
 * Progress is written on the run as it goes (at most once a second) and after the last customer.
 * No compensation of its own: what it invoiced stays invoiced.
 */
export const invoiceDueFeeTransactionsStep = createStep(
  invoiceDueFeeTransactionsStepId,
  async (input: { as_of: Date; billing_run_id: string }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const groups = await service.listPendingInvoiceGroups(input.as_of)
    const places = groups.length ? await loadOrderPlaces(container) : undefined
    await service.updateServiceBillingRuns({ id: input.billing_run_id, groups_total: groups.length })
    const outcome: InvoicingOutcome = { transactions_invoiced: 0, orders_created: 0, amounts: {}, errors: [] }
    let done = 0
    let reported = Date.now()
    for (const group of groups) {
      try {
        // A currency no region uses is refused here, as resolving the order's party would refuse
        // it, before the group's workflow: no read of the customer, no workflow run per refusal.
        chooseRegion(places!.regions, group.currency_code)
        const { result } = await invoiceFeeTransactionsWorkflow(container).run({
          input: { customer_id: group.customer_id, currency_code: group.currency_code, as_of: input.as_of, billing_run_id: input.billing_run_id, places },
        })
        if (result.order_id) {
          outcome.orders_created++
          outcome.transactions_invoiced += result.transactions
          outcome.amounts[group.currency_code] = Number(((outcome.amounts[group.currency_code] ?? 0) + result.amount).toFixed(4))
        }
      } catch (e) {
        outcome.errors.push({ customer_id: group.customer_id, currency_code: group.currency_code, message: (e as Error).message })
      }
      done++
      // Progress for the admin at most once a second (and at the end), not one more write per invoice.
      if (Date.now() - reported >= PROGRESS_EVERY_MS || done === groups.length) {
        reported = Date.now()
        await service.updateServiceBillingRuns({
          id: input.billing_run_id,
          groups_done: done,
          transactions_invoiced: outcome.transactions_invoiced,
          orders_created: outcome.orders_created,
        })
      }
    }
    return new StepResponse(outcome)
  }
)
