import { MedusaError } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService, { OccurrenceClaim, ServiceOrderWithHistory } from "../../../modules/service-management/service"
import { clip, INPUT_LIMITS } from "../../../modules/service-management/utils/input-limits"
import { computeServiceOrderTotals } from "../../../modules/service-management/utils/totals"
import { chooseSla, loadSlaChoices } from "../../slas/utils/sla-choice"
import { serviceOrderStart } from "../../service-orders/steps/prepare-service-order"
import { ServiceActor } from "../../types"
import { PlannedAgreement } from "./plan-agreement-occurrences"

export type PrepareGeneratedOrdersInput = {
  agreements: PlannedAgreement[]
  /** The occurrences to generate for, of those agreements. */
  occurrences: OccurrenceClaim[]
  actor?: ServiceActor
}

/** One order per agreement, occurrence day and service object: lines due together are one visit. */
export type GeneratedOrderPlan = {
  /** The orders to write, each with its lines, first stage history row and SLA start. */
  orders: ServiceOrderWithHistory[]
  /** When they are created: their SLA due times count from it. */
  created_at: Date
  /** The index in `orders` of each occurrence's order, in the occurrences' order. */
  order_of: number[]
}

/**
 * Turns occurrences (of one or more agreements) into service orders ready to write: each
 * agreement's customer, currency and id, channel `agreement`, the initial stage, the agreement
 * lines' resources as order lines, the totals of those lines, and the SLA (the agreement's, else
 * the customer group's, else the default) with its due times counted from now.
 */
export async function prepareGeneratedOrders(
  container: MedusaContainer,
  { agreements, occurrences, actor }: PrepareGeneratedOrdersInput
): Promise<GeneratedOrderPlan> {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const [stage] = await service.listServiceStages({ is_initial: true, is_active: true }, { take: 1 })
  if (!stage) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "No active initial service stage is configured; mark one stage as initial")
  }
  const { agreementSla, customerGroupSlas, defaultSla } = await loadSlaChoices(
    container,
    agreements.map((a) => a.customer_id!),
    agreements.map((a) => a.id)
  )
  const now = new Date()
  // Every order of the batch starts at `now`, so orders under one SLA share their start.
  const starts = new Map<string, ReturnType<typeof serviceOrderStart>>()
  const startOf = (agreement: PlannedAgreement) => {
    const sla = chooseSla({ customer_id: agreement.customer_id!, agreement_id: agreement.id }, agreementSla, customerGroupSlas, defaultSla)
    const key = sla?.id ?? ""
    if (!starts.has(key)) {
      starts.set(key, serviceOrderStart({ stage, sla, now, actor, note: "Generated from the service agreement" }))
    }
    return starts.get(key)!
  }

  const plan: GeneratedOrderPlan = { orders: [], created_at: now, order_of: [] }
  // Each order's lines first, then the order whole with their totals: an order given its totals
  // afterwards (`Object.assign`) is one V8 turns into a dictionary of kilobytes, and the orders
  // are held while the write runs.
  const visits = new Map<string, { index: number; agreement: PlannedAgreement; line: PlannedAgreement["lines"][number]; date: Date; day: string; lines: ServiceOrderWithHistory["lines"] }>()
  const agreementById = new Map(agreements.map((a) => [a.id, a]))
  const lineById = new Map(agreements.flatMap((a) => a.lines.map((l) => [l.id, l] as const)))
  for (const occurrence of occurrences) {
    const agreement = agreementById.get(occurrence.agreement_id)!
    const line = lineById.get(occurrence.agreement_line_id)!
    // Step results may come back serialised (e.g. with the Redis workflow engine): rebuild dates.
    const date = new Date(occurrence.occurrence_date)
    const day = date.toISOString().slice(0, 10)
    const key = `${agreement.id}|${day}|${line.service_object_id ?? ""}`
    let visit = visits.get(key)
    if (!visit) {
      visit = { index: visits.size, agreement, line, date, day, lines: [] }
      visits.set(key, visit)
    }
    plan.order_of.push(visit.index)
    visit.lines.push({
      type: line.type,
      description: line.description,
      quantity: Number(line.quantity),
      unit_price: Number(line.unit_price),
      unit_cost: Number(line.unit_cost),
      service_task_id: line.service_task_id ?? null,
      work_date: date,
      metadata: { agreement_line_id: line.id },
    })
  }
  for (const { agreement, line, date, day, lines } of visits.values()) {
    const start = startOf(agreement)
    const totals = computeServiceOrderTotals(lines)
    // Every field named, none spread: an order made as `{ ...start.fields, … }` is one V8 keeps as
    // a dictionary, and such orders were most of what a generation promoted to the old generation.
    // `satisfies` keeps it whole: a field the start gains fails to compile until it is named here.
    const { fields } = start
    plan.orders.push({
      order: {
        sla_id: fields.sla_id ?? null,
        response_due_at: fields.response_due_at ?? null,
        resolution_due_at: fields.resolution_due_at ?? null,
        stage_id: fields.stage_id,
        stage_changed_at: fields.stage_changed_at,
        created_by: fields.created_by,
        customer_id: agreement.customer_id!,
        agreement_id: agreement.id,
        service_object_id: line.service_object_id ?? null,
        channel: "agreement",
        currency_code: agreement.currency_code,
        title: clip(`${agreement.name} – ${day}`, INPUT_LIMITS.shortText),
        preferred_start: date,
        metadata: { agreement_number: agreement.number, occurrence_date: day },
        revenue_total: totals.revenue_total,
        cost_total: totals.cost_total,
        margin_total: totals.margin_total,
      } satisfies ServiceOrderWithHistory["order"] & Record<keyof typeof fields, unknown>,
      lines,
      transition: start.transition,
      sla_event: start.sla_event,
    })
  }
  return plan
}
