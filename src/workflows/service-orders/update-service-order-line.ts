import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { changedLinesView } from "../../modules/service-management/utils/views/changed-service-order-lines"
import { ServiceManagementEvents } from "../events"
import { changeServiceOrderLinesStep } from "./steps/change-service-order-lines"
import { ServiceOrderLineInput } from "./steps/create-service-order-lines"
import { loadServiceOrderForChangeStep } from "./steps/load-service-order-for-change"
import { prepareServiceOrderLinesStep } from "./steps/prepare-service-order-lines"
import { lockServiceOrder } from "../common/steps/lock-record"

export type UpdateServiceOrderLineWorkflowInput = {
  service_order_id: string
  line_id: string
  update: Partial<ServiceOrderLineInput>
  /** The fields the caller answers with (see `loadServiceOrderForChangeStep`). */
  answer_fields?: string[]
} & AdditionalData

export const updateServiceOrderLineWorkflowId = "update-service-order-line"
/**
 * Changes one line of an order whose stage allows line edits, and updates its totals. Returns the
 * line and the order (`service_order`) as a read of `answer_fields` would answer it after. Hooks:
 * `validate`, `serviceOrderLinesChanged`.
 */
export const updateServiceOrderLineWorkflow = createWorkflow(
  updateServiceOrderLineWorkflowId,
  (input: UpdateServiceOrderLineWorkflowInput) => {
    const lockKey = lockServiceOrder(input)
    const order = loadServiceOrderForChangeStep(
      transform({ input }, ({ input }) => ({
        service_order_id: input.service_order_id,
        action: "edit_lines" as const,
        line_ids: [input.line_id],
        answer_fields: input.answer_fields,
      }))
    )
    const rows = prepareServiceOrderLinesStep(
      transform({ input, order }, ({ input, order }) => ({
        lines: [{ ...input.update, id: input.line_id }],
        // What the line names now, as the order was read (inside its lock).
        current: order.lines,
      }))
    )
    const validate = createHook("validate", { input })
    // The line and the order's totals in one transaction.
    const change = changeServiceOrderLinesStep(
      transform({ input, rows }, ({ input, rows }) => ({ service_order_id: input.service_order_id, update: rows as { id: string }[] }))
    )
    releaseLockStep({ key: lockKey })
    const updated = transform({ change }, ({ change }) => change.updated)
    const line = transform({ change }, ({ change }) => change.updated[0])
    const serviceOrderLinesChanged = createHook("serviceOrderLinesChanged", {
      service_order_id: input.service_order_id,
      lines: updated,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ORDER_LINES_CHANGED,
      data: { id: input.service_order_id },
    })
    const serviceOrder = transform({ order, change }, ({ order, change }) => changedLinesView(order, { updated: change.updated }, change.totals))
    return new WorkflowResponse({ line, service_order: serviceOrder }, { hooks: [validate, serviceOrderLinesChanged] })
  }
)
