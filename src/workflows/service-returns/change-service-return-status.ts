import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelReturnWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { lockServiceReturn } from "./steps/lock-service-return"
import { ServiceReturnMoveWorkflowInput } from "./approve-service-return"
import { loadServiceReturnForMoveStep, moveServiceReturnStatusStep } from "./steps/service-return-steps"
import { ensureExistsStep } from "../common/steps/ensure-exists"

export type ChangeServiceReturnStatusWorkflowInput = ServiceReturnMoveWorkflowInput & { action: "reject" | "start_repair" | "resolve" }

export const changeServiceReturnStatusWorkflowId = "change-service-return-status"
/**
 * The status moves that need no goods movement: reject (also cancels a Medusa return already
 * requested), start repair and resolve. Hooks: `validate`, `serviceReturnStatusChanged`.
 * Event: `service_return.status_changed`.
 */
export const changeServiceReturnStatusWorkflow = createWorkflow(
  changeServiceReturnStatusWorkflowId,
  (input: ChangeServiceReturnStatusWorkflowInput) => {
    ensureExistsStep({ entity: "service_return", label: "Service return", id: input.id })
    const lockKey = lockServiceReturn(input)
    const current = loadServiceReturnForMoveStep(transform({ input }, ({ input }) => ({ id: input.id, action: input.action, from_status: input.from_status })))
    const validate = createHook("validate", { input, service_return: current })
    when("reject-cancels-medusa-return", { input, current }, ({ input, current }) => input.action === "reject" && !!current.return_id).then(() => {
      cancelReturnWorkflow.runAsStep({
        input: transform({ current }, ({ current }) => ({ return_id: current.return_id as string })),
      })
    })
    const moved = moveServiceReturnStatusStep(
      transform({ input }, ({ input }) => ({ id: input.id, action: input.action, actor: input.actor, note: input.note }))
    )
    const serviceReturnStatusChanged = createHook("serviceReturnStatusChanged", { change: moved, additional_data: input.additional_data })
    emitEventStep({ eventName: ServiceManagementEvents.SERVICE_RETURN_STATUS_CHANGED, data: moved })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(moved, { hooks: [validate, serviceReturnStatusChanged] })
  }
)
