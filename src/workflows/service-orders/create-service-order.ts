import { AdditionalData } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ServiceManagementEvents } from "../events"
import { startServiceOrderSlasStep } from "../slas/steps/start-service-order-slas"
import { ServiceActor } from "../types"
import { createServiceOrderLinesStep, ServiceOrderLineInput, ServiceOrderLineRow } from "./steps/create-service-order-lines"
import { createServiceOrdersStep } from "./steps/create-service-orders"
import { createStageTransitionsStep } from "./steps/create-stage-transitions"
import { prepareServiceOrderStep } from "./steps/prepare-service-order"
import { refreshServiceOrderTotalsStep } from "./steps/refresh-service-order-totals"

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
 * group's, else the default). Hooks: `validate`, `serviceOrderCreated`. Event: `service_order.created`.
 */
export const createServiceOrderWorkflow = createWorkflow(
  createServiceOrderWorkflowId,
  (input: CreateServiceOrderWorkflowInput) => {
    const prepared = prepareServiceOrderStep(input)
    const validate = createHook("validate", { input })

    const created = createServiceOrdersStep(transform({ prepared }, ({ prepared }) => [prepared.row]))
    const serviceOrder = transform({ created }, ({ created }) => created[0])
    startServiceOrderSlasStep(
      transform({ created, input }, ({ created, input }) => ({ orders: created, actor: input.actor }))
    )

    when("service-order-has-lines", { prepared }, ({ prepared }) => !!prepared.lines.length).then(() => {
      createServiceOrderLinesStep(
        transform({ serviceOrder, prepared }, ({ serviceOrder, prepared }) =>
          prepared.lines.map((line) => ({ ...line, service_order_id: serviceOrder.id }) as ServiceOrderLineRow)
        )
      )
      refreshServiceOrderTotalsStep(transform({ serviceOrder }, ({ serviceOrder }) => [serviceOrder.id]))
    })

    createStageTransitionsStep(
      transform({ serviceOrder, prepared, input }, ({ serviceOrder, prepared, input }) => [
        {
          service_order_id: serviceOrder.id,
          from_stage_id: null,
          from_stage_code: null,
          to_stage_id: prepared.stage.id,
          to_stage_code: prepared.stage.code,
          actor_type: input.actor?.type ?? "system",
          actor_id: input.actor?.id ?? null,
        },
      ])
    )

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
