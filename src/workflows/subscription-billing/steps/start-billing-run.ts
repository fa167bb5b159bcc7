import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

export const startBillingRunStepId = "start-billing-run"
/**
 * Starts a run (holding the run lock, so any other run still `running` died): marks such runs
 * `interrupted` and settles the fees they left claimed for an invoice — `invoiced` when the Medusa
 * order with the id chosen for them exists, `pending` again when it does not — then records the
 * new run. Compensation marks the new run interrupted.
 */
export const startBillingRunStep = createStep(
  startBillingRunStepId,
  async (input: { as_of: Date; triggered_by: string | null }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const stale = await service.listServiceBillingRuns({ status: "running" }, { select: ["id"] })
    if (stale.length) {
      await service.updateServiceBillingRuns(stale.map((r) => ({ id: r.id, status: "interrupted" as const, finished_at: new Date() })))
    }
    const unsettled = await service.listUnsettledInvoiceOrderIds()
    const existing = unsettled.length
      ? new Set((await container.resolve(Modules.ORDER).listOrders({ id: unsettled }, { select: ["id"] })).map((o) => o.id))
      : new Set<string>()
    let invoiced = 0
    let released = 0
    for (const order_id of unsettled) {
      const count = await service.settleFeeTransactionClaim({ order_id, invoiced: existing.has(order_id) })
      existing.has(order_id) ? (invoiced += count) : (released += count)
    }
    const run = await service.createServiceBillingRuns({
      as_of: input.as_of,
      triggered_by: input.triggered_by,
      started_at: new Date(),
      status: "running",
      recovered: stale.length || unsettled.length
        ? { interrupted_run_ids: stale.map((r) => r.id), transactions_invoiced: invoiced, transactions_released: released }
        : null,
    })
    return new StepResponse(run, run.id)
  },
  async (id, { container }) => {
    if (id) {
      await container
        .resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
        .updateServiceBillingRuns({ id, status: "interrupted", finished_at: new Date() })
    }
  }
)
