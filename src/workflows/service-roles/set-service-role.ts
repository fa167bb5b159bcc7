import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { setServiceRoleStep, validateServiceRoleChangeStep } from "./steps/service-role-steps"
import { ServiceRoleName } from "../../types/enums"

export const setServiceRoleWorkflowId = "set-service-role"
/**
 * Gives an admin user a service role. Hooks: `validate` (before writing), `serviceRoleChanged`.
 * Event `service_role.changed` `{ id: user_id, role, previous_role }`.
 */
export const setServiceRoleWorkflow = createWorkflow(
  setServiceRoleWorkflowId,
  (input: { user_id: string; role: ServiceRoleName; actor_id?: string | null }) => {
    validateServiceRoleChangeStep(input)
    const validate = createHook("validate", { input })
    const change = setServiceRoleStep(input)
    const serviceRoleChanged = createHook("serviceRoleChanged", { change })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ROLE_CHANGED,
      data: transform({ change }, ({ change }) => ({ id: change.user_id, ...change })),
    })
    return new WorkflowResponse(change, { hooks: [validate, serviceRoleChanged] })
  }
)
