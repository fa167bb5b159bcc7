import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { loadServiceOrderForChangeStep } from "../service-orders/steps/load-service-order-for-change"
import { prepareRepairLineStep, PrepareRepairLineInput, validateRepairLineDeletableStep } from "./steps/prepare-repair-line"
import {
  createRepairLinesStep,
  deleteRepairLinesStep,
  RepairLineInput,
  RepairLineRow,
  RepairLineUpdateInput,
  updateRepairLinesStep,
} from "./steps/repair-line-steps"
import { lockServiceOrder } from "../common/steps/lock-record"

/**
 * Takes the order's lock (the one its line workflows take) and refuses the change unless the
 * order's stage allows repair lines (`add_repair_lines`). Returns the lock key to release and the
 * order as read (with its service object, which a new line defaults to), for the line's checks.
 */
function lockOrderForRepairs(input: { service_order_id: string }) {
  const lockKey = lockServiceOrder(input)
  const order = loadServiceOrderForChangeStep(
    transform({ input }, ({ input }) => ({
      service_order_id: input.service_order_id,
      action: "add_repair_lines" as const,
      answer_fields: ["service_object_id"],
    }))
  )
  return { lockKey, order }
}

/** What a repair line's checks use of the order. */
const orderOfRepair = (order: Record<string, unknown>) =>
  ({ id: order.id, number: order.number, customer_id: order.customer_id, service_object_id: order.service_object_id }) as PrepareRepairLineInput["order"]

export type AddRepairLineWorkflowInput = {
  service_order_id: string
  repair_line: RepairLineInput
  actor_id?: string | null
} & AdditionalData

export const addRepairLineWorkflowId = "add-repair-line"
/**
 * Adds a repair line to an order whose stage allows repair lines. Hooks: `validate`,
 * `repairLineCreated`. Event: `repair_line.created`.
 */
export const addRepairLineWorkflow = createWorkflow(addRepairLineWorkflowId, (input: AddRepairLineWorkflowInput) => {
  const { lockKey, order } = lockOrderForRepairs(input)
  const prepared = prepareRepairLineStep(
    transform({ input, order }, ({ input, order }) => ({
      order: orderOfRepair(order),
      line: input.repair_line,
      actor_id: input.actor_id,
    }))
  )
  const validate = createHook("validate", { input })
  const created = createRepairLinesStep(transform({ prepared }, ({ prepared }) => [prepared.row as RepairLineRow]))
  releaseLockStep({ key: lockKey })
  const line = transform({ created }, ({ created }) => created[0])
  const repairLineCreated = createHook("repairLineCreated", { repair_line: line, additional_data: input.additional_data })
  emitEventStep({
    eventName: ServiceManagementEvents.REPAIR_LINE_CREATED,
    data: transform({ line }, ({ line }) => ({ id: line.id, service_order_id: line.service_order_id, service_object_id: line.service_object_id })),
  })
  return new WorkflowResponse(line, { hooks: [validate, repairLineCreated] })
})

export type UpdateRepairLineWorkflowInput = {
  service_order_id: string
  line_id: string
  update: RepairLineUpdateInput
  actor_id?: string | null
} & AdditionalData

export const updateRepairLineWorkflowId = "update-repair-line"
/**
 * Changes a repair line, including its status (one step forward, or one back to correct a
 * mistake; verified is final), while the order's stage allows repair lines. Hooks: `validate`,
 * `repairLineChanged`. Events: `repair_line.updated`, and `repair_line.status_changed` with
 * `{ id, service_order_id, from, to }` when the status moved.
 */
export const updateRepairLineWorkflow = createWorkflow(
  updateRepairLineWorkflowId,
  (input: UpdateRepairLineWorkflowInput) => {
    const { lockKey, order } = lockOrderForRepairs(input)
    const prepared = prepareRepairLineStep(
      transform({ input, order }, ({ input, order }) => ({
        order: orderOfRepair(order),
        line_id: input.line_id,
        line: input.update,
        actor_id: input.actor_id,
      }))
    )
    const validate = createHook("validate", { input })
    const updated = updateRepairLinesStep(
      transform({ prepared }, ({ prepared }) => [prepared.row as { id: string } & Record<string, unknown>])
    )
    releaseLockStep({ key: lockKey })
    const line = transform({ updated }, ({ updated }) => updated[0])
    const repairLineChanged = createHook("repairLineChanged", {
      repair_line: line,
      status_change: prepared.status_change,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.REPAIR_LINE_UPDATED,
      data: { id: input.line_id, service_order_id: input.service_order_id },
    })
    when("repair-line-status-changed", { prepared }, ({ prepared }) => !!prepared.status_change).then(() => {
      emitEventStep({
        eventName: ServiceManagementEvents.REPAIR_LINE_STATUS_CHANGED,
        data: transform({ input, prepared }, ({ input, prepared }) => ({
          id: input.line_id,
          service_order_id: input.service_order_id,
          from: prepared.status_change!.from,
          to: prepared.status_change!.to,
        })),
      }).config({ name: "emit-repair-line-status-changed" })
    })
    return new WorkflowResponse(line, { hooks: [validate, repairLineChanged] })
  }
)

export const deleteRepairLineWorkflowId = "delete-repair-line"
/** Removes an open repair line while the order's stage allows repair lines. Hooks: `validate`, `repairLineDeleted`. Event: `repair_line.deleted`. */
export const deleteRepairLineWorkflow = createWorkflow(
  deleteRepairLineWorkflowId,
  (input: { service_order_id: string; line_id: string }) => {
    const { lockKey } = lockOrderForRepairs(input)
    validateRepairLineDeletableStep(input)
    const validate = createHook("validate", { input })
    const deleted = deleteRepairLinesStep(transform({ input }, ({ input }) => [input.line_id]))
    releaseLockStep({ key: lockKey })
    const repairLineDeleted = createHook("repairLineDeleted", { ids: deleted, service_order_id: input.service_order_id })
    emitEventStep({
      eventName: ServiceManagementEvents.REPAIR_LINE_DELETED,
      data: { id: input.line_id, service_order_id: input.service_order_id },
    })
    return new WorkflowResponse(deleted, { hooks: [validate, repairLineDeleted] })
  }
)
