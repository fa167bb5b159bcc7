import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { deleteServiceOrderLinesStep } from "./steps/delete-service-order-lines"
import { loadServiceOrderForChangeStep } from "./steps/load-service-order-for-change"
import { refreshServiceOrderTotalsStep } from "./steps/refresh-service-order-totals"
import { lockServiceOrder } from "../common/steps/lock-record"

export type DeleteServiceOrderLinesWorkflowInput = {
  service_order_id: string
  line_ids: string[]
}

export const deleteServiceOrderLinesWorkflowId = "delete-service-order-lines"
/** Removes lines from an order whose stage allows line edits. Hooks: `validate`, `serviceOrderLinesChanged`. */
export const deleteServiceOrderLinesWorkflow = createWorkflow(
  deleteServiceOrderLinesWorkflowId,
  (input: DeleteServiceOrderLinesWorkflowInput) => {
    const lockKey = lockServiceOrder(input)
    loadServiceOrderForChangeStep(
      transform({ input }, ({ input }) => ({
        service_order_id: input.service_order_id,
        action: "edit_lines" as const,
        line_ids: input.line_ids,
      }))
    )
    const validate = createHook("validate", { input })
    const deleted = deleteServiceOrderLinesStep(input.line_ids)
    refreshServiceOrderTotalsStep(transform({ input }, ({ input }) => [input.service_order_id]))
    releaseLockStep({ key: lockKey })
    const serviceOrderLinesChanged = createHook("serviceOrderLinesChanged", {
      service_order_id: input.service_order_id,
      deleted_line_ids: deleted,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ORDER_LINES_CHANGED,
      data: { id: input.service_order_id },
    })
    return new WorkflowResponse(deleted, { hooks: [validate, serviceOrderLinesChanged] })
  }
)
