import { createHook, createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { OrderPlaces, resolveOrderParty } from "../common/utils/order-party"
import { ServiceManagementEvents } from "../events"
import { ClaimedInvoice, claimFeeTransactionsStep, settleInvoicedFeeTransactionsStep } from "./steps/claim-fee-transactions"

export type InvoiceFeeTransactionsWorkflowInput = {
  customer_id: string
  currency_code: string
  as_of: Date
  billing_run_id: string
  /** The store's regions and sales channel, read once per billing run rather than per invoice. */
  places?: OrderPlaces
}

const resolveInvoicePartyStep = createStep(
  "resolve-subscription-invoice-party",
  async (input: InvoiceFeeTransactionsWorkflowInput, { container }) =>
    new StepResponse(
      await resolveOrderParty(
        container,
        {
          customer_id: input.customer_id,
          currency_code: input.currency_code,
          what: `the subscriptions invoiced in ${input.currency_code.toUpperCase()}`,
        },
        input.places
      )
    )
)

const DAY_MS = 24 * 60 * 60 * 1000
const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10)

/** One order line per fee: the subscription, its number and the period (last day inclusive). */
export function invoiceItems(invoice: ClaimedInvoice) {
  return invoice.transactions.map((t) => ({
    title: t.subscription.description,
    subtitle: `${t.subscription.number} · ${day(t.period_start)} – ${day(new Date(new Date(t.period_end).getTime() - DAY_MS))}`,
    quantity: 1,
    unit_price: Number(t.amount),
    is_tax_inclusive: false,
    metadata: {
      subscription_id: t.subscription_id,
      fee_transaction_id: t.id,
      period_start: new Date(t.period_start).toISOString(),
      period_end: new Date(t.period_end).toISOString(),
    },
  }))
}

export const invoiceFeeTransactionsWorkflowId = "invoice-fee-transactions"
/**
 * Invoices one customer's due fees in one currency: one Medusa order, one line per fee. The fees
 * are claimed with the order's id before the order is created, so a crash anywhere is settled by
 * the next run and nothing is billed twice. Hooks: `validate`, `subscriptionFeesInvoiced`.
 * Event: `service_subscription.billed` per subscription.
 */
export const invoiceFeeTransactionsWorkflow = createWorkflow(
  invoiceFeeTransactionsWorkflowId,
  (input: InvoiceFeeTransactionsWorkflowInput) => {
    const party = resolveInvoicePartyStep(input)
    const validate = createHook("validate", { input, party })
    const invoice = claimFeeTransactionsStep(input)
    const order = when("fees-claimed-for-invoice", { invoice }, ({ invoice }) => invoice.transactions.length > 0).then(() => {
      const created = createOrderWorkflow.runAsStep({
        input: transform({ party, invoice, input }, ({ party, invoice, input }) => ({
          ...party,
          id: invoice.order_id,
          status: "pending" as const,
          items: invoiceItems(invoice),
          metadata: { subscription_billing_run_id: input.billing_run_id },
        })),
      })
      settleInvoicedFeeTransactionsStep(transform({ invoice }, ({ invoice }) => ({ order_id: invoice.order_id })))
      return created
    })
    const subscriptionFeesInvoiced = createHook("subscriptionFeesInvoiced", { input, invoice, order })
    // What follows reads whether an order was made from the claim (an order exists exactly when
    // fees were claimed), not from `order`: each transform copies its input, and the created order
    // with its lines and totals is the largest value in the workflow.
    const billed = transform({ invoice, input }, ({ invoice, input }) => {
      const bySubscription = new Map<string, { ids: string[]; amount: number }>()
      for (const t of invoice.transactions) {
        const entry = bySubscription.get(t.subscription_id) ?? { ids: [], amount: 0 }
        entry.ids.push(t.id)
        entry.amount += Number(t.amount)
        bySubscription.set(t.subscription_id, entry)
      }
      return [...bySubscription].map(([id, e]) => ({
        id,
        customer_id: input.customer_id,
        order_id: invoice.order_id,
        currency_code: input.currency_code,
        amount: e.amount,
        fee_transaction_ids: e.ids,
      }))
    })
    emitEventStep({ eventName: ServiceManagementEvents.SERVICE_SUBSCRIPTION_BILLED, data: billed })
    return new WorkflowResponse(
      transform({ invoice }, ({ invoice }) => ({
        order_id: invoice.transactions.length ? invoice.order_id : null,
        transactions: invoice.transactions.length,
        amount: invoice.transactions.reduce((sum, t) => sum + Number(t.amount), 0),
      })),
      { hooks: [validate, subscriptionFeesInvoiced] }
    )
  }
)
