import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { createServiceOrderLinesStep, ServiceOrderLineInput, ServiceOrderLineRow } from "./steps/create-service-order-lines"
import { loadServiceOrderForChangeStep } from "./steps/load-service-order-for-change"
import { prepareServiceOrderLinesStep } from "./steps/prepare-service-order-lines"
import { refreshServiceOrderTotalsStep } from "./steps/refresh-service-order-totals"
import { lockServiceOrder } from "../common/steps/lock-record"

export type AddServiceOrderLinesWorkflowInput = {
  service_order_id: string
  lines: ServiceOrderLineInput[]
} & AdditionalData

export const addServiceOrderLinesWorkflowId = "add-service-order-lines"
/** Adds lines to an order whose stage allows line edits, and updates its totals. Hooks: `validate`, `serviceOrderLinesChanged`. */
export const addServiceOrderLinesWorkflow = createWorkflow(
  addServiceOrderLinesWorkflowId,
  (input: AddServiceOrderLinesWorkflowInput) => {
    const lockKey = lockServiceOrder(input)
    loadServiceOrderForChangeStep({ service_order_id: input.service_order_id, action: "edit_lines" })
    const rows = prepareServiceOrderLinesStep({ service_order_id: input.service_order_id, lines: input.lines })
    const validate = createHook("validate", { input })
    const lines = createServiceOrderLinesStep(rows as ServiceOrderLineRow[])
    refreshServiceOrderTotalsStep(transform({ input }, ({ input }) => [input.service_order_id]))
    releaseLockStep({ key: lockKey })
    const serviceOrderLinesChanged = createHook("serviceOrderLinesChanged", {
      service_order_id: input.service_order_id,
      lines,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ORDER_LINES_CHANGED,
      data: { id: input.service_order_id },
    })
    return new WorkflowResponse(lines, { hooks: [validate, serviceOrderLinesChanged] })
  }
)
