import { AdditionalData, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SERVICE_MANAGEMENT_MODULE } from "../../modules/service-management"
import ServiceManagementModuleService from "../../modules/service-management/service"
import { AgreementForGeneration } from "../../modules/service-management/repositories"
import { ServiceManagementEvents } from "../events"
import { createServiceOrdersWithHistoryStep } from "../service-orders/steps/create-service-order-with-history"
import { ServiceActor } from "../types"
import { linkAgreementOccurrencesStep } from "./steps/agreement-steps"
import { claimAgreementOccurrencesStep, dueOccurrences, occurrenceKey, planAgreementOccurrencesStep } from "./steps/plan-agreement-occurrences"
import { prepareGeneratedOrdersStep } from "./steps/prepare-generated-orders"
import { lockRecord } from "../common/steps/lock-record"

export type GenerateAgreementOrdersWorkflowInput = {
  /** The agreements to generate for: one, or a page of the run over every active agreement. */
  agreement_ids: string[]
  /** Occurrences due on or before this instant get an order (missed earlier ones included). */
  until: Date | string
  /** At most this many occurrences per run, across the agreements (default 300); `has_more` says when to run again. */
  limit?: number
  actor?: ServiceActor
} & AdditionalData

export type GeneratedServiceOrder = { id: string; number: string; agreement_id: string; occurrence_dates: string[] }

/** Occurrences per workflow run: the engine's cost per run is paid once for a few hundred. */
const OCCURRENCES_PER_RUN = 300

export const generateAgreementOrdersWorkflowId = "generate-agreement-orders"
/**
 * Generates the service orders of active agreements for their occurrences due up to `until`:
 * channel `agreement`, each agreement's SLA, the agreement lines' resources. Batched: one run
 * plans, claims (one statement) and creates the orders of a few hundred occurrences across many
 * agreements. Idempotent and safe under concurrency: a lock per agreement (Medusa's locking
 * module, all of the run's agreements in id order) and the unique (line, date) claim, so each
 * occurrence gets exactly one order however many runs overlap.
 * Hooks: `validate`, `agreementOrdersGenerated`. Events: `service_order.created` per order,
 * `service_agreement.orders_generated`.
 */
export const generateAgreementOrdersWorkflow = createWorkflow(
  generateAgreementOrdersWorkflowId,
  (input: GenerateAgreementOrdersWorkflowInput) => {
    const lockKey = lockRecord(input, "service_agreement", (i) => i.agreement_ids, { timeout: 30, ttl: 120 })
    const plan = planAgreementOccurrencesStep(
      transform({ input }, ({ input }) => ({ agreement_ids: input.agreement_ids, until: input.until, limit: input.limit ?? OCCURRENCES_PER_RUN }))
    )
    const validate = createHook("validate", { input, agreements: plan.agreements, occurrences: plan.claims })
    const newlyClaimed = claimAgreementOccurrencesStep(plan.claims)
    // Transforms name only the parts they read: the engine copies whatever a transform or step is given.
    const claimed = transform({ reclaimed: plan.reclaimed, newlyClaimed }, ({ reclaimed, newlyClaimed }) => [...reclaimed, ...newlyClaimed])

    const generated = when("agreement-occurrences-claimed", { claimed }, ({ claimed }) => claimed.length > 0).then(() => {
      const orders = prepareGeneratedOrdersStep(
        transform({ agreements: plan.agreements, claimed, actor: input.actor }, ({ agreements, claimed, actor }) => ({ agreements, claimed, actor }))
      )
      const created = createServiceOrdersWithHistoryStep(
        transform({ orders: orders.orders, created_at: orders.created_at }, ({ orders, created_at }) => ({ orders, created_at }))
      )
      const occurrences = orders.occurrences
      linkAgreementOccurrencesStep(
        transform({ occurrences, created }, ({ occurrences, created }) => occurrences.map((o) => ({ id: o.id, service_order_id: created[o.order].id })))
      )
      return transform({ created, occurrences, claimed }, ({ created, occurrences, claimed }) => {
        const claimById = new Map(claimed.map((c) => [c.id, c]))
        const orders = created.map((o) => ({ id: o.id, number: o.number, agreement_id: "", occurrence_dates: [] as string[] }))
        for (const x of occurrences) {
          const claim = claimById.get(x.id)!
          orders[x.order].agreement_id = claim.agreement_id
          orders[x.order].occurrence_dates.push(new Date(claim.occurrence_date).toISOString().slice(0, 10))
        }
        return orders
      })
    })
    releaseLockStep({ key: lockKey })

    const result = transform(
      { generated, has_more: plan.has_more, agreement_ids: input.agreement_ids },
      ({ generated, has_more, agreement_ids }) => ({ agreement_ids, service_orders: (generated ?? []) as GeneratedServiceOrder[], has_more })
    )
    const agreementOrdersGenerated = createHook("agreementOrdersGenerated", {
      result,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ORDER_CREATED,
      data: transform({ result, agreements: plan.agreements }, ({ result, agreements }) => {
        const customerOf = new Map(agreements.map((a) => [a.id, a.customer_id]))
        return result.service_orders.map((o) => ({
          id: o.id,
          number: o.number,
          customer_id: customerOf.get(o.agreement_id),
          channel: "agreement",
          agreement_id: o.agreement_id,
        }))
      }),
    }).config({ name: "emit-generated-orders-created" })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_AGREEMENT_ORDERS_GENERATED,
      data: transform({ result }, ({ result }) => {
        const byAgreement = new Map<string, string[]>()
        for (const o of result.service_orders) {
          byAgreement.set(o.agreement_id, [...(byAgreement.get(o.agreement_id) ?? []), o.id])
        }
        return [...byAgreement].map(([id, service_order_ids]) => ({ id, service_order_ids }))
      }),
    }).config({ name: "emit-agreement-orders-generated" })
    return new WorkflowResponse(result, { hooks: [validate, agreementOrdersGenerated] })
  }
)

/**
 * The agreements of a page with an occurrence due up to `until` that has no order yet: the due
 * occurrences are computed here from the page's lines and compared with the keys already
 * generated, which came in the same statement — so a run with nothing to do starts no workflow.
 */
function agreementsWithOpenOccurrences(page: AgreementForGeneration[], until: Date): string[] {
  return page
    .filter((agreement) => {
      const generated = new Set(
        agreement.occurrences.filter((o) => o.service_order_id).map((o) => occurrenceKey({ ...o, occurrence_date: new Date(Number(o.occurrence_date)) }))
      )
      return dueOccurrences(agreement, until).some((o) => !generated.has(occurrenceKey(o)))
    })
    .map((a) => a.id)
}

export type GenerateOrdersSummary = {
  service_orders: GeneratedServiceOrder[]
  agreements_processed: number
  failures: { agreement_id: string; message: string }[]
}

/** Runs the generation for `agreementIds` until nothing is left, adding each run's orders to `orders` as it commits. */
async function generateFor(container: MedusaContainer, agreementIds: string[], until: Date, actor: ServiceActor | undefined, orders: GeneratedServiceOrder[]) {
  for (let round = 0; round < 1000; round++) {
    const { result } = await generateAgreementOrdersWorkflow(container).run({ input: { agreement_ids: agreementIds, until, actor } })
    orders.push(...result.service_orders)
    if (!result.has_more) {
      return
    }
  }
}

/** Agreements checked per statement, in workflow batches: a re-run with nothing to do costs a read per this many. */
const CHECK_PAGES = 10

/** Generates for a batch of agreements; if the batch fails (rolled back), each alone, reporting those that fail. */
async function generateBatch(
  container: MedusaContainer,
  ids: string[],
  input: { until: Date; actor?: ServiceActor },
  summary: GenerateOrdersSummary,
  logger: Logger
) {
  try {
    await generateFor(container, ids, input.until, input.actor, summary.service_orders)
  } catch {
    for (const id of ids) {
      try {
        await generateFor(container, [id], input.until, input.actor, summary.service_orders)
      } catch (e) {
        logger.warn(`Generating service orders for agreement ${id} failed: ${(e as Error).message}`)
        summary.failures.push({ agreement_id: id, message: (e as Error).message })
      }
    }
  }
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
    const service_orders: GeneratedServiceOrder[] = []
    await generateFor(container, [input.agreement_id], input.until, input.actor, service_orders)
    return { service_orders, agreements_processed: 1, failures: [] }
  }
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const summary: GenerateOrdersSummary = { service_orders: [], agreements_processed: 0, failures: [] }
  const pageSize = input.pageSize ?? 100
  let after = ""
  for (;;) {
    // Keyset paging by id, a check page at a time (the work does not change which agreements are active);
    // the agreements with something to generate go to the workflow `pageSize` at a time.
    const page = await service.listAgreementsForGeneration({ after, limit: pageSize * CHECK_PAGES, until: input.until })
    const open = agreementsWithOpenOccurrences(page, input.until)
    for (let i = 0; i < open.length; i += pageSize) {
      await generateBatch(container, open.slice(i, i + pageSize), input, summary, logger)
    }
    summary.agreements_processed += page.length
    if (page.length < pageSize * CHECK_PAGES) {
      return summary
    }
    after = page[page.length - 1].id
  }
}
