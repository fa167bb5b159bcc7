import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createServiceObjectsWorkflow } from "../service-objects/create-service-objects"
import { createServiceOrderWorkflow } from "../service-orders/create-service-order"
import { resolveServiceRequestObjectStep, ResolveServiceRequestObjectInput } from "./steps/resolve-service-request-object"
import { clip, INPUT_LIMITS } from "../../modules/service-management/utils/input-limits"

export type CreateServiceRequestWorkflowInput = ResolveServiceRequestObjectInput & {
  title?: string | null
  description: string
  preferred_start?: Date | string | null
  preferred_end?: Date | string | null
  /** Where the work is done; defaults to the object's address. */
  address?: Record<string, unknown> | null
} & AdditionalData

export const createServiceRequestWorkflowId = "create-service-request"
/**
 * A storefront customer asks for service: for an object they own, or for a line item of one of
 * their orders (the object is then registered on the fly). Creates a service order in the
 * `storefront` channel with the customer as actor, which starts its SLA clock. Refusals come
 * before anything is written; a later failure removes the object again.
 * Hooks: `validate`, `serviceRequestCreated`. Event: `service_order.created` (channel `storefront`).
 */
export const createServiceRequestWorkflow = createWorkflow(
  createServiceRequestWorkflowId,
  (input: CreateServiceRequestWorkflowInput) => {
    const resolved = resolveServiceRequestObjectStep(input)
    const validate = createHook("validate", { input, service_object: resolved })

    const created = when("service-request-registers-object", { resolved }, ({ resolved }) => !!resolved.create).then(() =>
      createServiceObjectsWorkflow.runAsStep({
        input: transform({ resolved }, ({ resolved }) => ({ service_objects: [resolved.create!] })),
      })
    )
    const serviceOrder = createServiceOrderWorkflow.runAsStep({
      input: transform({ input, resolved, created }, ({ input, resolved, created }) => ({
        customer_id: input.customer_id,
        service_object_id: resolved.service_object_id ?? created![0].id,
        channel: "storefront" as const,
        title: input.title ?? clip(resolved.name, INPUT_LIMITS.shortText),
        description: input.description,
        preferred_start: input.preferred_start ?? null,
        preferred_end: input.preferred_end ?? null,
        address: input.address ?? resolved.address,
        actor: { type: "customer" as const, id: input.customer_id },
      })),
    })

    const serviceRequestCreated = createHook("serviceRequestCreated", {
      service_order: serviceOrder,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(serviceOrder, { hooks: [validate, serviceRequestCreated] })
  }
)
