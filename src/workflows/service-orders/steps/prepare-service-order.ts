import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE, ServiceLevelAgreementDTO } from "../../../modules/service-management"
import ServiceManagementModuleService, { ServiceOrderWithHistory } from "../../../modules/service-management/service"
import { ServiceActor } from "../../types"
import { CreateServiceOrderWorkflowInput } from "../create-service-order"
import { computeServiceOrderTotals } from "../../../modules/service-management/utils/totals"
import { CreatedServiceOrderNames } from "../../../modules/service-management/utils/views/created-service-order"
import { chooseSla, slaStart } from "../../slas/utils/sla-choice"
import { prepareServiceOrderLines } from "./prepare-service-order-lines"

/**
 * How a new order starts, created at `now`: in `stage` (entered now), with the first row of its
 * stage history, and — when it has an SLA — the due times counted from `now` and the `start` of
 * its SLA log.
 */
export function serviceOrderStart(input: {
  stage: { id: string; code: string }
  sla: ServiceLevelAgreementDTO | undefined
  now: Date
  actor?: ServiceActor
  note?: string
}) {
  const { stage, now, actor } = input
  const sla = input.sla ? slaStart(input.sla, now, actor) : undefined
  return {
    fields: { ...sla?.fields, stage_id: stage.id, stage_changed_at: now, created_by: actor?.id ?? null },
    transition: {
      from_stage_id: null,
      from_stage_code: null,
      to_stage_id: stage.id,
      to_stage_code: stage.code,
      note: input.note ?? null,
      actor_type: actor?.type ?? ("system" as const),
      actor_id: actor?.id ?? null,
    },
    sla_event: sla?.event ?? null,
  }
}

// Of what the order names, what the detail answer shows beyond the checks' fields (the admin's
// detail fields): read with the checks, the create answers without reading the order again.
const ANSWERED = {
  service_object: ["*", "bom_version.id", "bom_version.bom_id", "bom_version.version"],
  agreement: ["name"],
}

type CreateServiceOrderRow = ServiceOrderWithHistory["order"] & { created_at: Date; updated_at: Date }

export const prepareServiceOrderStepId = "prepare-service-order"
/**
 * Checks what a new service order and its lines name (customer, object of that customer, active
 * agreement of that customer, stage, tasks, variants, active technicians) and returns the row to
 * write with its stage — the stage asked for, else the stage marked initial — and its lines' rows.
 * The rows already carry what the write would otherwise fill in or update afterwards: their
 * creation time, the totals of its lines and its SLA with due times counted from that creation time.
 */
export const prepareServiceOrderStep = createStep(
  prepareServiceOrderStepId,
  async (input: CreateServiceOrderWorkflowInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    // The customer, the stages it may start in and the SLAs it may be measured by: one statement.
    const read = await service.readServiceOrderStart({
      customer_id: input.customer_id,
      stage_code: input.stage_code ?? null,
      agreement_id: input.agreement_id ?? null,
    })
    if (!read.customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `customer_id: customer ${input.customer_id} does not exist`)
    }
    // The header's other references and the lines' in one batch (a query per table named, none
    // when nothing is named): nothing is written before all hold.
    const prepared = await prepareServiceOrderLines(container, input.lines ?? [], [
      { field: "service_object_id", entity: "service_object", id: input.service_object_id, customer_id: input.customer_id, fields: ANSWERED.service_object },
      { field: "agreement_id", entity: "service_agreement", id: input.agreement_id, customer_id: input.customer_id, active: true, fields: ANSWERED.agreement },
    ])
    // The candidates come by position: the first is the one.
    const stage = read.stages[0]
    if (!stage) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        input.stage_code
          ? `Service stage ${input.stage_code} does not exist`
          : "No active initial service stage is configured; mark one stage as initial"
      )
    }
    if (!stage.is_active || stage.is_terminal) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Stage rule "is_initial": a new service order cannot start in ${stage.is_terminal ? "terminal" : "inactive"} stage "${stage.code}"`
      )
    }

    const { lines: _lines, actor, stage_code, additional_data, ...fields } = input
    // New lines only: none names an existing line's id.
    const now = new Date()
    // Stamped here rather than by the ORM at flush, so the answer built from these rows has them.
    const stamps = { created_at: now, updated_at: now }
    // A work date given as text is typed by Postgres on insert (a timestamptz column).
    const lines = (prepared.lines as ServiceOrderWithHistory["lines"]).map((line) => ({ ...line, ...stamps }))
    const customer = read.customer
    const agreement = input.agreement_id ? prepared.rows.service_agreement!.get(input.agreement_id)! : null
    const asSla = (row: Record<string, unknown>) => row as unknown as ServiceLevelAgreementDTO
    const sla = chooseSla(
      input,
      new Map(input.agreement_id && read.agreement_sla ? [[input.agreement_id, asSla(read.agreement_sla)]] : []),
      new Map([[input.customer_id, read.group_slas.map(asSla)]]),
      read.default_sla ? asSla(read.default_sla) : undefined
    )
    const start = serviceOrderStart({ stage, sla, now, actor })
    const row: CreateServiceOrderRow = {
      ...fields,
      ...start.fields,
      ...computeServiceOrderTotals(lines),
      currency_code: (input.currency_code ?? service.getOptions().defaultCurrencyCode).toLowerCase(),
      ...stamps,
    } as CreateServiceOrderRow
    // What the order names, as read here: the create answers with them without reading them again.
    const names: CreatedServiceOrderNames = {
      stage,
      customer,
      service_object: input.service_object_id ? prepared.rows.service_object!.get(input.service_object_id)! : null,
      agreement,
      sla: (sla as Record<string, unknown> | undefined) ?? null,
    }
    return new StepResponse({ row, stage, lines, transition: { ...start.transition, ...stamps }, sla_event: start.sla_event, names })
  }
)
