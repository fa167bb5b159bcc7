import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockRecord } from "../common/steps/lock-record"
import { createServiceObjectsWorkflow } from "../service-objects/create-service-objects"
import { updateServiceObjectsStep } from "../service-objects/steps/update-service-objects"
import { planFulfilledUnitsStep } from "./steps/plan-fulfilled-units"

export type RegisterFulfilledUnitsInput = { order_id: string; fulfillment_id: string }

export const registerFulfilledUnitsWorkflowId = "register-fulfilled-units"
/**
 * The installed base of one fulfilment: a service object per fulfilled unit, all in one batch
 * (one create of every new row, however many units), idempotent per unit (`order_line_item_id` +
 * `unit_index`, unique in Postgres; the fulfilment's lock makes a concurrent second delivery of
 * the event wait and then find nothing to do). Hooks: `validate`, `fulfilledUnitsRegistered`.
 * Event: `service_object.created` (through the create workflow).
 */
export const registerFulfilledUnitsWorkflow = createWorkflow(registerFulfilledUnitsWorkflowId, (input: RegisterFulfilledUnitsInput) => {
  const lock = lockRecord(input, "fulfillment", (i) => i.fulfillment_id)
  const plan = planFulfilledUnitsStep(input)
  const validate = createHook("validate", { input, plan })
  const created = when("register-fulfilled-units-creates", { plan }, ({ plan }) => plan.create.length > 0).then(() =>
    createServiceObjectsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ service_objects: plan.create })) })
  )
  const reused = updateServiceObjectsStep(transform({ plan }, ({ plan }) => plan.reuse))
  releaseLockStep({ key: lock })
  const registered = transform({ created, reused }, ({ created, reused }) => [...(created ?? []), ...reused])
  const fulfilledUnitsRegistered = createHook("fulfilledUnitsRegistered", { input, service_objects: registered })
  return new WorkflowResponse(registered, { hooks: [validate, fulfilledUnitsRegistered] })
})
