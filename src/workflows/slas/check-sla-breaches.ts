import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SERVICE_MANAGEMENT_MODULE } from "../../modules/service-management"
import ServiceManagementModuleService, { SlaBreach } from "../../modules/service-management/service"
import { runInBatches } from "../common/utils/run-in-batches"
import { ServiceManagementEvents } from "../events"

export type CheckSlaBreachesWorkflowInput = { now?: Date | string; limit?: number }

export const markSlaBreachesStepId = "mark-sla-breaches"
/**
 * Marks orders whose response or resolution due time passed unmet, a batch per metric, with a
 * conditional update that only touches unmarked rows. Compensation takes the marks back.
 */
export const markSlaBreachesStep = createStep(
  markSlaBreachesStepId,
  async (input: { now: Date; limit: number }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const response = await service.markSlaBreaches({ metric: "response", now: input.now, limit: input.limit })
    const resolution = await service.markSlaBreaches({ metric: "resolution", now: input.now, limit: input.limit })
    const breaches: SlaBreach[] = [...response, ...resolution]
    return new StepResponse(breaches, breaches.map(({ id, metric }) => ({ id, metric })))
  },
  async (marked, { container }) => {
    if (!marked?.length) {
      return
    }
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    for (const metric of ["response", "resolution"] as const) {
      await service.unmarkSlaBreaches({ metric, ids: marked.filter((m) => m.metric === metric).map((m) => m.id) })
    }
  }
)

export const checkSlaBreachesWorkflowId = "check-sla-breaches"
/**
 * Finds SLA targets that passed unmet and emits `service_order.sla_breached` once per order and
 * metric (`{ id, number, customer_id, sla_id, metric, due_at }`), however often or in how many
 * processes it runs.
 */
export const checkSlaBreachesWorkflow = createWorkflow(checkSlaBreachesWorkflowId, (input: CheckSlaBreachesWorkflowInput) => {
  const args = transform({ input }, ({ input }) => ({
    now: input.now ? new Date(input.now) : new Date(),
    limit: input.limit ?? 200,
  }))
  const breaches = markSlaBreachesStep(args)
  emitEventStep({
    eventName: ServiceManagementEvents.SERVICE_ORDER_SLA_BREACHED,
    data: transform({ breaches }, ({ breaches }) =>
      breaches.map((b) => ({
        id: b.id,
        number: b.number,
        customer_id: b.customer_id,
        sla_id: b.sla_id,
        metric: b.metric,
        due_at: b.due_at,
      }))
    ),
  })
  return new WorkflowResponse(breaches)
})

/**
 * The breach check the scheduled job runs: batches of `batchSize` per metric until no due time
 * is left to mark. Returns the breaches it marked (and reported).
 */
export async function checkSlaBreaches(
  container: MedusaContainer,
  { now = new Date(), batchSize = 200 }: { now?: Date; batchSize?: number } = {}
): Promise<SlaBreach[]> {
  return runInBatches(batchSize, async () => {
    const { result } = await checkSlaBreachesWorkflow(container).run({ input: { now, limit: batchSize } })
    return { done: result, found: result.length }
  })
}
