import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { deleteWrittenServiceOrders, WrittenRows } from "../../service-orders/steps/create-service-order-with-history"
import { ServiceActor } from "../../types"
import { AgreementOccurrencesPlan } from "./plan-agreement-occurrences"
import { prepareGeneratedOrders } from "./prepare-generated-orders"

/** A generated order as the generation answers it. */
export type GeneratedServiceOrder = { id: string; number: string; agreement_id: string; occurrence_dates: string[] }

/** What the write leaves to undo: its claims, the orphaned claims it linked, the cursors it moved, the orders and every row written with them. */
type WrittenRun = WrittenRows & { claim_ids: string[]; reclaimed_ids: string[]; cursor_ids: string[] }

export const writeGeneratedOrdersStepId = "write-generated-orders"
/**
 * Writes what a generation run planned, in one transaction (`writeGeneratedServiceOrders`): the
 * orders of its occurrences (`prepareGeneratedOrders`), their claims and the agreements'
 * generation cursors. Takes the plan whole and returns only what the answer and the events name
 * (each order's id, number, agreement, occurrence days and customer): the workflow engine copies
 * whatever a step is given or returns, once more for each property a workflow reads from a step.
 * Compensation sets the cursors back to "check again", deletes the claims, unlinks the orphans
 * taken up again and deletes exactly the orders' rows, giving their numbers back while no later
 * number was issued.
 */
export const writeGeneratedOrdersStep = createStep(
  writeGeneratedOrdersStepId,
  async ({ plan, actor }: { plan: AgreementOccurrencesPlan; actor?: ServiceActor }, { container }) => {
    const { agreements, claims, reclaimed, cursors, has_more } = plan
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const occurrences = [...claims, ...reclaimed]
    if (!occurrences.length) {
      const cursor_ids = await service.advanceGenerationCursors(cursors)
      const nothing: WrittenRun = { ids: [], line_ids: [], transition_ids: [], sla_event_ids: [], claim_ids: [], reclaimed_ids: [], cursor_ids }
      return new StepResponse({ service_orders: [] as GeneratedServiceOrder[], customer_ids: [] as string[], has_more }, nothing)
    }
    const prepared = await prepareGeneratedOrders(container, { agreements, occurrences, actor })
    const { orders, ...rows } = await service.writeGeneratedServiceOrders(
      {
        orders: prepared.orders,
        claims: claims.map((c, i) => ({ ...c, order: prepared.order_of[i] })),
        reclaimed: reclaimed.map((r, i) => ({ id: r.id, order: prepared.order_of[claims.length + i] })),
        cursors,
      },
      prepared.created_at
    )
    const service_orders: GeneratedServiceOrder[] = orders.map((o, i) => ({
      id: o.id,
      number: o.number,
      agreement_id: prepared.orders[i].order.agreement_id!,
      occurrence_dates: [],
    }))
    occurrences.forEach((o, i) => {
      // Step results may come back serialised (e.g. with the Redis workflow engine): rebuild the date.
      service_orders[prepared.order_of[i]].occurrence_dates.push(new Date(o.occurrence_date).toISOString().slice(0, 10))
    })
    const written: WrittenRun = { ids: orders.map((o) => o.id), ...rows, reclaimed_ids: reclaimed.map((r) => r.id) }
    return new StepResponse({ service_orders, customer_ids: prepared.orders.map((o) => o.order.customer_id), has_more }, written)
  },
  async (written, context) => {
    if (!written) {
      return
    }
    const service = context.container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    if (written.cursor_ids.length) {
      await service.resetGenerationCursors(written.cursor_ids)
    }
    if (written.ids.length) {
      await service.deleteAgreementOccurrences(written.claim_ids)
      await service.unlinkAgreementOccurrences(written.reclaimed_ids)
      await deleteWrittenServiceOrders(written, context)
    }
  }
)
