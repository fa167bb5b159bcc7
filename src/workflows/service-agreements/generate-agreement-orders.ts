import { AdditionalData, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SERVICE_MANAGEMENT_MODULE } from "../../modules/service-management"
import ServiceManagementModuleService from "../../modules/service-management/service"
import { ServiceManagementEvents } from "../events"
import { ServiceActor } from "../types"
import { planAgreementOccurrencesStep } from "./steps/plan-agreement-occurrences"
import { GeneratedServiceOrder, writeGeneratedOrdersStep } from "./steps/write-generated-orders"
import { lockRecord } from "../common/steps/lock-record"

export type GenerateAgreementOrdersWorkflowInput = {
  /** The agreements to generate for: one, or a page of the run over every active agreement. */
  agreement_ids: string[]
  /** Occurrences due on or before this instant get an order (missed earlier ones included). */
  until: Date | string
  /** At most this many occurrences per run, across the agreements (default 500); `has_more` says when to run again. */
  limit?: number
  actor?: ServiceActor
} & AdditionalData

/**
 * Occurrences per workflow run, and agreements per page of a run over every agreement: the
 * engine's cost per run is paid once for a few hundred orders, and a run holds no more than that.
 */
const OCCURRENCES_PER_RUN = 500
const AGREEMENTS_PER_PAGE = 250
/**
 * Pages generated at once: a run spends about half its time in Node (planning, building its
 * rows) and half waiting for its write, so a second page plans while the first one's write runs
 * (their write transactions queue on the number counter only). Pages hold disjoint agreements.
 */
const PAGES_AT_ONCE = 2

export const generateAgreementOrdersWorkflowId = "generate-agreement-orders"
/**
 * Generates the service orders of active agreements for their occurrences due up to `until`:
 * channel `agreement`, each agreement's SLA, the agreement lines' resources. Batched: one run
 * plans the occurrences of a few hundred across many agreements, then writes their orders, claims
 * and the agreements' generation cursors in one step and one transaction. Idempotent and safe under concurrency: a lock per
 * agreement (Medusa's locking module, all of the run's agreements in id order) and the unique
 * (line, date) claim, so each occurrence gets exactly one order however many runs overlap.
 * Steps pass ids and what the answer names, not rows: the engine copies whatever a step is given
 * or returns.
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
    // The plan goes to the write whole, and the write answers what the result needs: each property
    // read from a step's output (`plan.cursors`) would be another copy of the whole output.
    const written = writeGeneratedOrdersStep({ plan, actor: input.actor })
    releaseLockStep({ key: lockKey })

    const result = transform({ written, input }, ({ written, input }) => ({
      agreement_ids: input.agreement_ids,
      service_orders: written.service_orders,
      has_more: written.has_more,
    }))
    const agreementOrdersGenerated = createHook("agreementOrdersGenerated", {
      result,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: ServiceManagementEvents.SERVICE_ORDER_CREATED,
      data: transform({ written }, ({ written }) =>
        written.service_orders.map((o, i) => ({
          id: o.id,
          number: o.number,
          customer_id: written.customer_ids[i],
          channel: "agreement",
          agreement_id: o.agreement_id,
        }))
      ),
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

export type GenerateOrdersSummary = {
  /** Orders generated in all. */
  count: number
  agreements_processed: number
  failures: { agreement_id: string; message: string }[]
}
/** Receives each workflow run's orders as the run commits (a few hundred at most). */
export type OnOrdersGenerated = (orders: GeneratedServiceOrder[]) => Promise<void> | void

/** Runs the generation for `agreementIds` until nothing is left, handing each run's orders to `generated` as it commits. */
async function generateFor(container: MedusaContainer, agreementIds: string[], until: Date, actor: ServiceActor | undefined, generated: OnOrdersGenerated) {
  for (let round = 0; round < 1000; round++) {
    const { result } = await generateAgreementOrdersWorkflow(container).run({ input: { agreement_ids: agreementIds, until, actor } })
    if (result.service_orders.length) {
      await generated(result.service_orders)
    }
    if (!result.has_more) {
      return
    }
  }
}

/** Generates for a batch of agreements; if the batch fails (rolled back), each alone, reporting those that fail. */
async function generateBatch(
  container: MedusaContainer,
  ids: string[],
  input: { until: Date; actor?: ServiceActor },
  summary: GenerateOrdersSummary,
  generated: OnOrdersGenerated,
  logger: Logger
) {
  try {
    await generateFor(container, ids, input.until, input.actor, generated)
  } catch {
    for (const id of ids) {
      try {
        await generateFor(container, [id], input.until, input.actor, generated)
      } catch (e) {
        logger.warn(`Generating service orders for agreement ${id} failed: ${(e as Error).message}`)
        summary.failures.push({ agreement_id: id, message: (e as Error).message })
      }
    }
  }
}

/**
 * Generates service orders for occurrences due up to `until`: for one agreement (errors are
 * thrown), or for every active agreement whose generation cursor says something may be due,
 * walked in id order in pages, two at a time (an agreement that fails is reported in `failures`
 * and the others go on). The orders go to `onGenerated` run by run, as each run commits (the two
 * pages' runs interleaved), so the caller never has to hold them all.
 * Used by the routes and the daily job.
 */
export async function generateAgreementOrders(
  container: MedusaContainer,
  input: { until: Date; agreement_id?: string; actor?: ServiceActor; pageSize?: number },
  onGenerated: OnOrdersGenerated = () => {}
): Promise<GenerateOrdersSummary> {
  const summary: GenerateOrdersSummary = { count: 0, agreements_processed: 0, failures: [] }
  const generated = async (orders: GeneratedServiceOrder[]) => {
    summary.count += orders.length
    await onGenerated(orders)
  }
  if (input.agreement_id) {
    await generateFor(container, [input.agreement_id], input.until, input.actor, generated)
    return { ...summary, agreements_processed: 1 }
  }
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pageSize = input.pageSize ?? AGREEMENTS_PER_PAGE
  const running = new Set<Promise<void>>()
  const failures: unknown[] = []
  const throwFailure = () => {
    if (failures.length) {
      throw failures[0]
    }
  }
  let after = ""
  try {
    for (;;) {
      // Keyset paging by id over the agreements whose generation cursor says something may be due:
      // a run with nothing to do reads an empty range of the cursors' index and starts no workflow.
      // A page's generation leaves the next pages' cursors alone, so they can be read meanwhile.
      const ids = await service.listAgreementsDueForGeneration({ after, limit: pageSize, until: input.until })
      if (ids.length) {
        // A page's failure is kept, not left to reject on its own: it may come while the next
        // page is being read (an unhandled rejection ends the process); it is thrown below.
        const page: Promise<void> = generateBatch(container, ids, input, summary, generated, logger)
          .catch((e) => void failures.push(e))
          .finally(() => running.delete(page))
        running.add(page)
        if (running.size >= PAGES_AT_ONCE) {
          await Promise.race(running)
        }
      }
      throwFailure()
      summary.agreements_processed += ids.length
      if (ids.length < pageSize) {
        await Promise.all(running)
        throwFailure()
        return summary
      }
      after = ids[ids.length - 1]
    }
  } finally {
    // A page that failed outside its own fallback (the receiver of its orders) ends the
    // generation only once the page beside it has finished too.
    await Promise.allSettled(running)
  }
}
