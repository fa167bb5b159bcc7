import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { InvoicingOutcome } from "./invoice-due-fee-transactions"

export const finishBillingRunStepId = "finish-billing-run"
/** Records a run's outcome: status, duration, counts, amounts per currency and the customers that failed. */
export const finishBillingRunStep = createStep(
  finishBillingRunStepId,
  async (input: { billing_run_id: string; started_at: Date; transactions_created: number; outcome: InvoicingOutcome }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const finished = new Date()
    const run = await service.updateServiceBillingRuns({
      id: input.billing_run_id,
      status: input.outcome.errors.length ? "completed_with_errors" : "completed",
      finished_at: finished,
      duration_ms: finished.getTime() - new Date(input.started_at).getTime(),
      transactions_created: input.transactions_created,
      transactions_invoiced: input.outcome.transactions_invoiced,
      orders_created: input.outcome.orders_created,
      amounts: input.outcome.amounts,
      errors: input.outcome.errors as unknown as Record<string, unknown>,
    })
    return new StepResponse(run)
  }
)
