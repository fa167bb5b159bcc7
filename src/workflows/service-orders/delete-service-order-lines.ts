import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { changedLinesView } from "../../modules/service-management/utils/views/changed-service-order-lines"
import { ServiceManagementEvents } from "../events"
import { changeServiceOrderLinesStep } from "./steps/change-service-order-lines"
import { loadServiceOrderForChangeStep } from "./steps/load-service-order-for-change"
import { lockServiceOrder } from "../common/steps/lock-record"

export type DeleteServiceOrderLinesWorkflowInput = {
  service_order_id: string
  line_ids: string[]
  /** The fields the caller answers with (see `loadServiceOrderForChangeStep`). */
  answer_fields?: string[]
}

export const deleteServiceOrderLinesWorkflowId = "delete-service-order-lines"
/**
 * Removes lines from an order whose stage allows line edits, and updates its totals. Returns the
 * removed line ids and the order (`service_order`) as a read of `answer_fields` would answer it
 * after. Hooks: `validate`, `serviceOrderLinesChanged`.
 */
export const deleteServiceOrderLinesWorkflow = createWorkflow(
  deleteServiceOrderLinesWorkflowId,
  (input: DeleteServiceOrderLinesWorkflowInput) => {
    const lockKey = lockServiceOrder(input)
    const order = loadServiceOrderForChangeStep(
      transform({ input }, ({ input }) => ({
        service_order_id: input.service_order_id,
        action: "edit_lines" as const,
        line_ids: input.line_ids,
        answer_fields: input.answer_fields,
      }))
    )
    const validate = createHook("validate", { input })
    // The removal and the order's totals in one transaction.
    const change = changeServiceOrderLinesStep(transform({ input }, ({ input }) => ({ service_order_id: input.service_order_id, delete: input.line_ids })))
    releaseLockStep({ key: lockKey })
    const deleted = transform({ change }, ({ change }) => change.deleted_ids)
    const serviceOrderLinesChanged = createHook("serviceOrderLinesChanged", {
      service_order_id: input.service_order_id,
      deleted_line_ids: deleted,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ORDER_LINES_CHANGED,
      data: { id: input.service_order_id },
    })
    const serviceOrder = transform({ order, change }, ({ order, change }) => changedLinesView(order, { deleted_ids: change.deleted_ids }, change.totals))
    return new WorkflowResponse({ deleted_line_ids: deleted, service_order: serviceOrder }, { hooks: [validate, serviceOrderLinesChanged] })
  }
)
