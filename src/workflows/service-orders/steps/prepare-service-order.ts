import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { CreateServiceOrderWorkflowInput } from "../create-service-order"
import { CreateServiceOrderRow } from "./create-service-orders"
import { prepareServiceOrderLines } from "./prepare-service-order-lines"

export const prepareServiceOrderStepId = "prepare-service-order"
/**
 * Checks what a new service order and its lines name (customer, object of that customer, active
 * agreement of that customer, stage, tasks, variants, active technicians) and returns the row to
 * write with its stage — the stage asked for, else the stage marked initial — and its lines' rows.
 */
export const prepareServiceOrderStep = createStep(
  prepareServiceOrderStepId,
  async (input: CreateServiceOrderWorkflowInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    // The header's references and the lines' in one batch: nothing is written before all hold.
    const prepared = await prepareServiceOrderLines(container, input.lines ?? [], [
      { field: "customer_id", entity: "customer", id: input.customer_id },
      { field: "service_object_id", entity: "service_object", id: input.service_object_id, customer_id: input.customer_id },
      { field: "agreement_id", entity: "service_agreement", id: input.agreement_id, customer_id: input.customer_id, active: true },
    ])

    const stages = await service.listServiceStages(
      input.stage_code ? { code: input.stage_code } : { is_initial: true, is_active: true },
      { order: { position: "ASC" }, take: 1 }
    )
    const stage = stages[0]
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

    const { lines, actor, stage_code, additional_data, ...fields } = input
    const row: CreateServiceOrderRow = {
      ...fields,
      currency_code: (input.currency_code ?? service.getOptions().defaultCurrencyCode).toLowerCase(),
      stage_id: stage.id,
      stage_changed_at: new Date(),
      created_by: actor?.id ?? null,
    } as CreateServiceOrderRow
    return new StepResponse({ row, stage: { id: stage.id, code: stage.code }, lines: prepared.lines })
  }
)
