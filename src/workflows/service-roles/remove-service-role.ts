import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { removeServiceRoleStep, validateServiceRoleChangeStep } from "./steps/service-role-steps"

export const removeServiceRoleWorkflowId = "remove-service-role"
/**
 * Removes an admin user's service role, so the plugin option `roles.default` applies to them.
 * Hooks: `validate` (before writing), `serviceRoleChanged`. Event `service_role.changed` with `role: null`.
 */
export const removeServiceRoleWorkflow = createWorkflow(
  removeServiceRoleWorkflowId,
  (input: { user_id: string; actor_id?: string | null }) => {
    validateServiceRoleChangeStep(transform({ input }, ({ input }) => ({ ...input, role: null })))
    const validate = createHook("validate", { input })
    const change = removeServiceRoleStep(input)
    const serviceRoleChanged = createHook("serviceRoleChanged", { change })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ROLE_CHANGED,
      data: transform({ change }, ({ change }) => ({ id: change.user_id, ...change })),
    })
    return new WorkflowResponse(change, { hooks: [validate, serviceRoleChanged] })
  }
)
