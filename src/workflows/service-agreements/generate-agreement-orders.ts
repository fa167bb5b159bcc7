import { AdditionalData, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SERVICE_MANAGEMENT_MODULE } from "../../modules/service-management"
import ServiceManagementModuleService from "../../modules/service-management/service"
import { ServiceManagementEvents } from "../events"
import { createServiceOrderLinesStep } from "../service-orders/steps/create-service-order-lines"
import { createServiceOrdersStep } from "../service-orders/steps/create-service-orders"
import { createStageTransitionsStep } from "../service-orders/steps/create-stage-transitions"
import { refreshServiceOrderTotalsStep } from "../service-orders/steps/refresh-service-order-totals"
import { startServiceOrderSlasStep } from "../slas/steps/start-service-order-slas"
import { ServiceActor } from "../types"
import { linkAgreementOccurrencesStep } from "./steps/agreement-steps"
import { claimAgreementOccurrencesStep, planAgreementOccurrencesStep } from "./steps/plan-agreement-occurrences"
import { prepareGeneratedOrdersStep } from "./steps/prepare-generated-orders"
import { lockRecord } from "../common/steps/lock-record"

export type GenerateAgreementOrdersWorkflowInput = {
  agreement_id: string
  /** Occurrences due on or before this instant get an order (missed earlier ones included). */
  until: Date | string
  /** At most this many occurrences per run (default 100); `has_more` says when to run again. */
  limit?: number
  actor?: ServiceActor
} & AdditionalData

export type GeneratedServiceOrder = { id: string; number: string; agreement_id: string; occurrence_dates: string[] }

export const generateAgreementOrdersWorkflowId = "generate-agreement-orders"
/**
 * Generates the service orders of one active agreement for its occurrences due up to `until`:
 * channel `agreement`, the agreement's SLA, the agreement lines' resources. Idempotent and safe
 * under concurrency: a lock per agreement (Medusa's locking module) and the unique
 * (line, date) claim, so each occurrence gets exactly one order however many runs overlap.
 * Hooks: `validate`, `agreementOrdersGenerated`. Events: `service_order.created` per order,
 * `service_agreement.orders_generated`.
 */
export const generateAgreementOrdersWorkflow = createWorkflow(
  generateAgreementOrdersWorkflowId,
  (input: GenerateAgreementOrdersWorkflowInput) => {
    const lockKey = lockRecord(input, "service_agreement", (i) => i.agreement_id, { timeout: 30, ttl: 120 })
    const plan = planAgreementOccurrencesStep(
      transform({ input }, ({ input }) => ({ agreement_id: input.agreement_id, until: input.until, limit: input.limit ?? 100 }))
    )
    const validate = createHook("validate", { input, agreement: plan.agreement, occurrences: plan.claims })
    const newlyClaimed = claimAgreementOccurrencesStep(plan.claims)
    const claimed = transform({ plan, newlyClaimed }, ({ plan, newlyClaimed }) => [...plan.reclaimed, ...newlyClaimed])

    const generated = when("agreement-occurrences-claimed", { claimed }, ({ claimed }) => claimed.length > 0).then(() => {
      const orders = prepareGeneratedOrdersStep(
        transform({ plan, claimed, input }, ({ plan, claimed, input }) => ({ agreement: plan.agreement, claimed, actor: input.actor }))
      )
      const created = createServiceOrdersStep(orders.orders)
      createServiceOrderLinesStep(
        transform({ orders, created }, ({ orders, created }) =>
          orders.lines.map(({ order, line }) => ({ ...line, service_order_id: created[order].id }))
        )
      )
      refreshServiceOrderTotalsStep(transform({ created }, ({ created }) => created.map((o) => o.id)))
      createStageTransitionsStep(
        transform({ created, orders, input }, ({ created, orders, input }) =>
          created.map((o) => ({
            service_order_id: o.id,
            from_stage_id: null,
            from_stage_code: null,
            to_stage_id: orders.stage.id,
            to_stage_code: orders.stage.code,
            note: "Generated from the service agreement",
            actor_type: input.actor?.type ?? ("system" as const),
            actor_id: input.actor?.id ?? null,
          }))
        )
      )
      startServiceOrderSlasStep(transform({ created, input }, ({ created, input }) => ({ orders: created, actor: input.actor })))
      linkAgreementOccurrencesStep(
        transform({ orders, created }, ({ orders, created }) =>
          orders.occurrences.map((o) => ({ id: o.id, service_order_id: created[o.order].id }))
        )
      )
      return transform({ created, orders, claimed }, ({ created, orders, claimed }) =>
        created.map((o, i) => ({
          id: o.id,
          number: o.number,
          agreement_id: o.agreement_id!,
          occurrence_dates: orders.occurrences
            .filter((x) => x.order === i)
            .map((x) => new Date(claimed.find((c) => c.id === x.id)!.occurrence_date).toISOString().slice(0, 10)),
        }))
      )
    })
    releaseLockStep({ key: lockKey })

    const result = transform({ generated, plan, input }, ({ generated, plan, input }) => ({
      agreement_id: input.agreement_id,
      service_orders: (generated ?? []) as GeneratedServiceOrder[],
      has_more: plan.has_more,
    }))
    const agreementOrdersGenerated = createHook("agreementOrdersGenerated", {
      result,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ORDER_CREATED,
      data: transform({ result, plan }, ({ result, plan }) =>
        result.service_orders.map((o) => ({
          id: o.id,
          number: o.number,
          customer_id: plan.agreement.customer_id,
          channel: "agreement",
          agreement_id: o.agreement_id,
        }))
      ),
    }).config({ name: "emit-generated-orders-created" })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_AGREEMENT_ORDERS_GENERATED,
      data: transform({ result }, ({ result }) =>
        result.service_orders.length ? [{ id: result.agreement_id, service_order_ids: result.service_orders.map((o) => o.id) }] : []
      ),
    }).config({ name: "emit-agreement-orders-generated" })
    return new WorkflowResponse(result, { hooks: [validate, agreementOrdersGenerated] })
  }
)

export type GenerateOrdersSummary = {
  service_orders: GeneratedServiceOrder[]
  agreements_processed: number
  failures: { agreement_id: string; message: string }[]
}

async function generateForAgreement(container: MedusaContainer, agreementId: string, until: Date, actor?: ServiceActor) {
  const orders: GeneratedServiceOrder[] = []
  // Batches of `limit` occurrences per workflow run: the engine's cost per run grows with its size.
  for (let round = 0; round < 1000; round++) {
    const { result } = await generateAgreementOrdersWorkflow(container).run({ input: { agreement_id: agreementId, until, actor } })
    orders.push(...result.service_orders)
    if (!result.has_more) {
      break
    }
  }
  return orders
}

/**
 * Generates service orders for occurrences due up to `until`: for one agreement (errors are
 * thrown), or for every active agreement, walked in id order in pages (an agreement that fails
 * is reported in `failures` and the others go on). Used by the routes and the daily job.
 */
export async function generateAgreementOrders(
  container: MedusaContainer,
  input: { until: Date; agreement_id?: string; actor?: ServiceActor; pageSize?: number }
): Promise<GenerateOrdersSummary> {
  if (input.agreement_id) {
    return {
      service_orders: await generateForAgreement(container, input.agreement_id, input.until, input.actor),
      agreements_processed: 1,
      failures: [],
    }
  }
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const summary: GenerateOrdersSummary = { service_orders: [], agreements_processed: 0, failures: [] }
  let after = ""
  for (;;) {
    // Keyset paging by id: the work does not change which agreements are active.
    const page = await service.listServiceAgreements(
      { status: "active", is_template: false, id: { $gt: after } },
      { select: ["id"], order: { id: "ASC" }, take: input.pageSize ?? 100 }
    )
    for (const { id } of page) {
      try {
        summary.service_orders.push(...(await generateForAgreement(container, id, input.until, input.actor)))
      } catch (e) {
        logger.warn(`Generating service orders for agreement ${id} failed: ${(e as Error).message}`)
        summary.failures.push({ agreement_id: id, message: (e as Error).message })
      }
      summary.agreements_processed++
    }
    if (page.length < (input.pageSize ?? 100)) {
      return summary
    }
    after = page[page.length - 1].id
  }
}
