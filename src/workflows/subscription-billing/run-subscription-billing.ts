import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { acquireBillingRunLockStep, releaseBillingRunLockStep } from "./steps/billing-run-lock"
import { createDueFeeTransactionsStep } from "./steps/create-due-fee-transactions"
import { finishBillingRunStep } from "./steps/finish-billing-run"
import { invoiceDueFeeTransactionsStep } from "./steps/invoice-due-fee-transactions"
import { startBillingRunStep } from "./steps/start-billing-run"

export type RunSubscriptionBillingWorkflowInput = {
  /** Bill what is due up to this moment. */
  as_of: Date
  /** The admin user, or "job" for the scheduled run. */
  triggered_by?: string | null
}

export const runSubscriptionBillingWorkflowId = "run-subscription-billing"
/**
 * A billing run: creates the fee transactions due up to `as_of` (in bulk), then invoices them —
 * one Medusa order per customer and currency — and records the run. One run at a time; a run
 * that died halfway is completed by the next one with nothing billed twice or skipped.
 * Hooks: `validate`, `billingRunCompleted`. Events: `service_subscription.billed` (per
 * subscription invoiced), `subscription_billing_run.completed`.
 */
export const runSubscriptionBillingWorkflow = createWorkflow(
  runSubscriptionBillingWorkflowId,
  (input: RunSubscriptionBillingWorkflowInput) => {
    const validate = createHook("validate", { input })
    const lockOwner = acquireBillingRunLockStep()
    const run = startBillingRunStep(transform({ input }, ({ input }) => ({ as_of: input.as_of, triggered_by: input.triggered_by ?? null })))
    const created = createDueFeeTransactionsStep(transform({ input, run }, ({ input, run }) => ({ as_of: input.as_of, billing_run_id: run.id })))
    const outcome = invoiceDueFeeTransactionsStep(transform({ input, run }, ({ input, run }) => ({ as_of: input.as_of, billing_run_id: run.id })))
    const finished = finishBillingRunStep(
      transform({ run, created, outcome }, ({ run, created, outcome }) => ({
        billing_run_id: run.id,
        started_at: run.started_at as Date,
        transactions_created: created,
        outcome,
      }))
    )
    releaseBillingRunLockStep(lockOwner)
    const billingRunCompleted = createHook("billingRunCompleted", { billing_run: finished })
    emitEventStep({
      eventName: ServiceManagementEvents.SUBSCRIPTION_BILLING_RUN_COMPLETED,
      data: transform({ finished }, ({ finished }) => ({
        id: finished.id,
        status: finished.status,
        transactions_invoiced: finished.transactions_invoiced,
        orders_created: finished.orders_created,
      })),
    })
    return new WorkflowResponse(finished, { hooks: [validate, billingRunCompleted] })
  }
)
