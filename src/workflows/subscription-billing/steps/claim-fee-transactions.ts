import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService, { ClaimedFeeTransaction } from "../../../modules/service-management/service"

export type ClaimedInvoice = {
  /** The id the Medusa order will be created with, written on the fees before it exists. */
  order_id: string
  transactions: (Omit<ClaimedFeeTransaction, "subscription_number" | "subscription_description"> & {
    subscription: { id: string; number: string; description: string }
  })[]
}

export const claimFeeTransactionsStepId = "claim-fee-transactions"
/**
 * Claims a customer's pending fees in one currency for one invoice, naming the Medusa order id up
 * front so a crash at any later point can be settled by the next run. Compensation puts the fees
 * back to pending.
 */
export const claimFeeTransactionsStep = createStep(
  claimFeeTransactionsStepId,
  async (input: { customer_id: string; currency_code: string; as_of: Date; billing_run_id: string }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const order_id = generateEntityId(undefined, "order")
    const claimed = await service.claimFeeTransactionsForInvoice({ ...input, order_id })
    const transactions = claimed
      .map(({ subscription_number, subscription_description, ...t }) => ({
        ...t,
        subscription: { id: t.subscription_id, number: subscription_number, description: subscription_description },
      }))
      .sort((a, b) => a.subscription.number.localeCompare(b.subscription.number) || +new Date(a.period_start) - +new Date(b.period_start))
    return new StepResponse<ClaimedInvoice, string>({ order_id, transactions }, order_id)
  },
  async (order_id, { container }) => {
    if (order_id) {
      await container
        .resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
        .settleFeeTransactionClaim({ order_id, invoiced: false })
    }
  }
)

export const settleInvoicedFeeTransactionsStepId = "settle-invoiced-fee-transactions"
/** Marks the claimed fees invoiced once their Medusa order exists. Compensation returns them to the claim. */
export const settleInvoicedFeeTransactionsStep = createStep(
  settleInvoicedFeeTransactionsStepId,
  async (input: { order_id: string }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const count = await service.settleFeeTransactionClaim({ order_id: input.order_id, invoiced: true })
    return new StepResponse(count, input.order_id)
  },
  async (order_id, { container }) => {
    if (order_id) {
      await container
        .resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
        .updateInvoicedFeeTransactionsToClaimed(order_id)
    }
  }
)
