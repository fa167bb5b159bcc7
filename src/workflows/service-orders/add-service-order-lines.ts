import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ServiceOrderLinesChange } from "../../modules/service-management/service"
import { changedLinesView } from "../../modules/service-management/utils/views/changed-service-order-lines"
import { ServiceManagementEvents } from "../events"
import { changeServiceOrderLinesStep } from "./steps/change-service-order-lines"
import { ServiceOrderLineInput } from "./steps/create-service-order-lines"
import { loadServiceOrderForChangeStep } from "./steps/load-service-order-for-change"
import { prepareServiceOrderLinesStep } from "./steps/prepare-service-order-lines"
import { lockServiceOrder } from "../common/steps/lock-record"

export type AddServiceOrderLinesWorkflowInput = {
  service_order_id: string
  lines: ServiceOrderLineInput[]
  /** The fields the caller answers with (see `loadServiceOrderForChangeStep`). */
  answer_fields?: string[]
} & AdditionalData

export const addServiceOrderLinesWorkflowId = "add-service-order-lines"
/**
 * Adds lines to an order whose stage allows line edits, and updates its totals. Returns the new
 * lines and the order (`service_order`) as a read of `answer_fields` would answer it after. Hooks:
 * `validate`, `serviceOrderLinesChanged`.
 */
export const addServiceOrderLinesWorkflow = createWorkflow(
  addServiceOrderLinesWorkflowId,
  (input: AddServiceOrderLinesWorkflowInput) => {
    const lockKey = lockServiceOrder(input)
    const order = loadServiceOrderForChangeStep(
      transform({ input }, ({ input }) => ({ service_order_id: input.service_order_id, action: "edit_lines" as const, answer_fields: input.answer_fields }))
    )
    const rows = prepareServiceOrderLinesStep({ lines: input.lines })
    const validate = createHook("validate", { input })
    // The lines and the order's totals in one transaction.
    const change = changeServiceOrderLinesStep(
      transform({ input, rows }, ({ input, rows }) => ({ service_order_id: input.service_order_id, create: rows as ServiceOrderLinesChange["create"] }))
    )
    const lines = transform({ change }, ({ change }) => change.created)
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
    const serviceOrder = transform({ order, change }, ({ order, change }) => changedLinesView(order, { added: change.created }, change.totals))
    return new WorkflowResponse({ lines, service_order: serviceOrder }, { hooks: [validate, serviceOrderLinesChanged] })
  }
)
