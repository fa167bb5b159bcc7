import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService, { GeneratedOrdersWrite } from "../../../modules/service-management/service"
import { deleteWrittenServiceOrders, WrittenRows } from "../../service-orders/steps/create-service-order-with-history"
import { ServiceActor } from "../../types"
import { AgreementOccurrencesPlan } from "./plan-agreement-occurrences"
import { prepareGeneratedOrders } from "./prepare-generated-orders"

/** A generated order as the generation answers it. */
export type GeneratedServiceOrder = { id: string; number: string; agreement_id: string; occurrence_dates: string[] }

/** What the write leaves to undo: its claims, the orphaned claims it linked, the cursors it moved, the orders and every row written with them. */
type WrittenRun = WrittenRows & { claim_ids: string[]; reclaimed_ids: string[]; cursor_ids: string[] }

/**
 * A run's write, ready to send (`prepareGeneratedOrders` → the orders' statement), and what the
 * answer names of each order. Apart from the step, so the orders themselves are let go before the
 * write runs: held across it, they would be promoted to V8's old generation (the write lasts
 * longer than the young generation), and a generation of a million rows would leave hundreds of
 * megabytes there for V8 to collect only when the heap has grown to several times its live size.
 */
async function prepareWrite(
  container: MedusaContainer,
  service: ServiceManagementModuleService,
  { agreements, claims, reclaimed, cursors }: AgreementOccurrencesPlan,
  actor: ServiceActor | undefined
): Promise<{ write: GeneratedOrdersWrite; answers: { agreement_id: string; customer_id: string; occurrence_dates: string[] }[] }> {
  const occurrences = [...claims, ...reclaimed]
  const prepared = await prepareGeneratedOrders(container, { agreements, occurrences, actor })
  const answers = prepared.orders.map(({ order }) => ({ agreement_id: order.agreement_id!, customer_id: order.customer_id, occurrence_dates: [] as string[] }))
  occurrences.forEach((o, i) => {
    // Step results may come back serialised (e.g. with the Redis workflow engine): rebuild the date.
    answers[prepared.order_of[i]].occurrence_dates.push(new Date(o.occurrence_date).toISOString().slice(0, 10))
  })
  const write: GeneratedOrdersWrite = {
    orders: service.prepareServiceOrdersInsert(prepared.orders, prepared.created_at),
    claims: claims.map((c, i) => ({ ...c, order: prepared.order_of[i] })),
    reclaimed: reclaimed.map((r, i) => ({ id: r.id, order: prepared.order_of[claims.length + i] })),
    cursors,
  }
  return { write, answers }
}

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
    const { claims, reclaimed, cursors, has_more } = plan
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    if (!claims.length && !reclaimed.length) {
      const cursor_ids = await service.advanceGenerationCursors(cursors)
      const nothing: WrittenRun = { ids: [], line_ids: [], transition_ids: [], sla_event_ids: [], claim_ids: [], reclaimed_ids: [], cursor_ids }
      return new StepResponse({ service_orders: [] as GeneratedServiceOrder[], customer_ids: [] as string[], has_more }, nothing)
    }
    const { write, answers } = await prepareWrite(container, service, plan, actor)
    const { orders, ...rows } = await service.writeGeneratedServiceOrders(write)
    const service_orders: GeneratedServiceOrder[] = orders.map((o, i) => ({
      id: o.id,
      number: o.number,
      agreement_id: answers[i].agreement_id,
      occurrence_dates: answers[i].occurrence_dates,
    }))
    const written: WrittenRun = { ids: orders.map((o) => o.id), ...rows, reclaimed_ids: reclaimed.map((r) => r.id) }
    return new StepResponse({ service_orders, customer_ids: answers.map((a) => a.customer_id), has_more }, written)
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
