import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE, ServiceAgreementDTO } from "../../../modules/service-management"
import ServiceManagementModuleService, { ClaimedOccurrence } from "../../../modules/service-management/service"
import { ServiceActor } from "../../types"
import { CreateServiceOrderRow } from "../../service-orders/steps/create-service-orders"
import { ServiceOrderLineRow } from "../../service-orders/steps/create-service-order-lines"
import { clip, INPUT_LIMITS } from "../../../modules/service-management/utils/input-limits"

export type PrepareGeneratedOrdersInput = {
  agreements: ServiceAgreementDTO[]
  claimed: ClaimedOccurrence[]
  actor?: ServiceActor
}

/** One order per agreement, occurrence day and service object: lines due together are one visit. */
export type GeneratedOrderPlan = {
  orders: CreateServiceOrderRow[]
  /** Lines per order, by the order's index; `service_order_id` is filled after creation. */
  lines: { order: number; line: Omit<ServiceOrderLineRow, "service_order_id"> }[]
  /** The order index of each claimed occurrence. */
  occurrences: { id: string; order: number }[]
}

export const prepareGeneratedOrdersStepId = "prepare-generated-orders"
/**
 * Turns claimed occurrences (of one or more agreements) into service order rows: each agreement's
 * customer, currency and id (its SLA follows from it), channel `agreement`, the initial stage, and
 * the agreement lines' resources as order lines.
 */
export const prepareGeneratedOrdersStep = createStep(
  prepareGeneratedOrdersStepId,
  async ({ agreements, claimed, actor }: PrepareGeneratedOrdersInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const [stage] = await service.listServiceStages({ is_initial: true, is_active: true }, { take: 1 })
    if (!stage) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "No active initial service stage is configured; mark one stage as initial")
    }
    const plan: GeneratedOrderPlan = { orders: [], lines: [], occurrences: [] }
    const groups = new Map<string, number>()
    const agreementById = new Map(agreements.map((a) => [a.id, a]))
    const lineById = new Map(agreements.flatMap((a) => a.lines.map((l) => [l.id, l] as const)))
    for (const occurrence of claimed) {
      const agreement = agreementById.get(occurrence.agreement_id)!
      const line = lineById.get(occurrence.agreement_line_id)!
      // Step results may come back serialised (e.g. with the Redis workflow engine): rebuild dates.
      const date = new Date(occurrence.occurrence_date)
      const day = date.toISOString().slice(0, 10)
      const key = `${agreement.id}|${day}|${line.service_object_id ?? ""}`
      if (!groups.has(key)) {
        groups.set(key, plan.orders.length)
        plan.orders.push({
          customer_id: agreement.customer_id!,
          agreement_id: agreement.id,
          service_object_id: line.service_object_id ?? null,
          channel: "agreement",
          stage_id: stage.id,
          stage_changed_at: new Date(),
          currency_code: agreement.currency_code,
          title: clip(`${agreement.name} – ${day}`, INPUT_LIMITS.shortText),
          preferred_start: date,
          created_by: actor?.id ?? null,
          metadata: { agreement_number: agreement.number, occurrence_date: day },
        } as CreateServiceOrderRow)
      }
      const order = groups.get(key)!
      plan.occurrences.push({ id: occurrence.id, order })
      plan.lines.push({
        order,
        line: {
          type: line.type,
          description: line.description,
          quantity: Number(line.quantity),
          unit_price: Number(line.unit_price),
          unit_cost: Number(line.unit_cost),
          service_task_id: line.service_task_id ?? null,
          work_date: date,
          metadata: { agreement_line_id: line.id },
        },
      })
    }
    return new StepResponse({ ...plan, stage: { id: stage.id, code: stage.code } })
  }
)
