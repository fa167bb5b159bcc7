import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createdServiceOrderView } from "../../modules/service-management/utils/views/created-service-order"
import { ServiceManagementEvents } from "../events"
import { ServiceActor } from "../types"
import { ServiceOrderLineInput } from "./steps/create-service-order-lines"
import { createServiceOrderWithHistoryStep } from "./steps/create-service-order-with-history"
import { prepareServiceOrderStep } from "./steps/prepare-service-order"

export type CreateServiceOrderWorkflowInput = {
  customer_id: string
  service_object_id?: string | null
  /** An active agreement of the customer the order falls under; its SLA then applies. */
  agreement_id?: string | null
  /** The stage to start in; the stage marked initial when omitted. */
  stage_code?: string
  channel?: "admin" | "storefront" | "agreement" | "return"
  priority?: "low" | "normal" | "high" | "urgent"
  title?: string | null
  description?: string | null
  internal_note?: string | null
  currency_code?: string
  address?: Record<string, unknown> | null
  preferred_start?: Date | string | null
  preferred_end?: Date | string | null
  metadata?: Record<string, unknown> | null
  lines?: ServiceOrderLineInput[]
  actor?: ServiceActor
} & AdditionalData

export const createServiceOrderWorkflowId = "create-service-order"
/**
 * Creates a numbered service order in its first stage, with optional lines, records the
 * start of its stage history and starts its SLA clock (agreement's SLA, else the customer
 * group's, else the default) — all written in one step and one statement. Returns the order
 * as a read would answer it (every column), with its stage, customer, object, agreement, SLA, lines
 * and stage history. Hooks: `validate`, `serviceOrderCreated`. Event: `service_order.created`.
 */
export const createServiceOrderWorkflow = createWorkflow(
  createServiceOrderWorkflowId,
  (input: CreateServiceOrderWorkflowInput) => {
    const prepared = prepareServiceOrderStep(input)
    const validate = createHook("validate", { input })

    const created = createServiceOrderWithHistoryStep(
      transform({ prepared }, ({ prepared }) => ({
        order: prepared.row,
        lines: prepared.lines,
        transition: prepared.transition,
        sla_event: prepared.sla_event,
      }))
    )
    // The order as written, as a read would answer it, with what it names: what a caller answers
    // without reading it again.
    const serviceOrder = transform({ created, prepared }, ({ created, prepared }) => createdServiceOrderView(created, prepared.names))

    const serviceOrderCreated = createHook("serviceOrderCreated", {
      service_order: serviceOrder,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ORDER_CREATED,
      data: transform({ serviceOrder, prepared }, ({ serviceOrder, prepared }) => ({
        id: serviceOrder.id,
        number: serviceOrder.number,
        customer_id: serviceOrder.customer_id,
        channel: serviceOrder.channel,
        stage: prepared.stage.code,
      })),
    })
    return new WorkflowResponse(serviceOrder, { hooks: [validate, serviceOrderCreated] })
  }
)
