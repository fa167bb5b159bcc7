import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  emitEventStep,
  releaseLockStep,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { checkReferencesStep } from "../common/steps/check-references"
import { ServiceManagementEvents } from "../events"
import { lockServiceReturn } from "./steps/lock-service-return"
import { ServiceActor } from "../types"
import { loadServiceReturnForMoveStep, moveServiceReturnStatusStep } from "./steps/service-return-steps"
import { ensureExistsStep } from "../common/steps/ensure-exists"

export type ServiceReturnMoveWorkflowInput = {
  id: string
  note?: string | null
  /** The status the caller saw: another status now → 409 naming it (checked inside the return's lock). */
  from_status?: string
  /** Stock location the goods come back to (Medusa's return location). */
  location_id?: string
  actor?: ServiceActor
} & AdditionalData

export const approveServiceReturnWorkflowId = "approve-service-return"
/**
 * Approves a requested service return and requests the matching Medusa return (core return
 * workflows: begin, request items, confirm), so the order shows the return and Medusa owns stock
 * and refunds. Hooks: `validate`, `serviceReturnApproved`. Event: `service_return.status_changed`.
 */
export const approveServiceReturnWorkflow = createWorkflow(approveServiceReturnWorkflowId, (input: ServiceReturnMoveWorkflowInput) => {
  ensureExistsStep({ entity: "service_return", label: "Service return", id: input.id })
  const lockKey = lockServiceReturn(input)
  const current = loadServiceReturnForMoveStep(transform({ input }, ({ input }) => ({ id: input.id, action: "approve" as const, from_status: input.from_status })))
  checkReferencesStep(transform({ input }, ({ input }) => [{ field: "location_id", entity: "stock_location" as const, id: input.location_id }]))
  const validate = createHook("validate", { input, service_return: current })

  const change = beginReturnOrderWorkflow.runAsStep({
    input: transform({ current, input }, ({ current, input }) => ({
      order_id: current.order_id,
      location_id: input.location_id,
      created_by: input.actor?.id ?? undefined,
      description: `Service return ${current.number}`,
      metadata: { service_return_id: current.id },
    })),
  })
  const returnId = transform({ change }, ({ change }) => change.return_id as string)
  requestItemReturnWorkflow.runAsStep({
    input: transform({ current, returnId }, ({ current, returnId }) => ({
      return_id: returnId,
      items: current.items.map((i) => ({ id: i.order_line_item_id, quantity: Number(i.quantity), internal_note: i.reason ?? undefined })),
    })),
  })
  confirmReturnRequestWorkflow.runAsStep({
    input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, confirmed_by: input.actor?.id ?? undefined })),
  })

  const moved = moveServiceReturnStatusStep(
    transform({ input, returnId }, ({ input, returnId }) => ({
      id: input.id,
      action: "approve" as const,
      actor: input.actor,
      note: input.note,
      set: { return_id: returnId },
    }))
  )
  const serviceReturnApproved = createHook("serviceReturnApproved", { service_return_id: input.id, return_id: returnId, additional_data: input.additional_data })
  emitEventStep({ eventName: ServiceManagementEvents.SERVICE_RETURN_STATUS_CHANGED, data: moved })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(moved, { hooks: [validate, serviceReturnApproved] })
})
