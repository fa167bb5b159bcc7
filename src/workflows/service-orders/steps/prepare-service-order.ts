import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { CreateServiceOrderWorkflowInput } from "../create-service-order"
import { CreateServiceOrderRow } from "./create-service-orders"

export const prepareServiceOrderStepId = "prepare-service-order"
/**
 * Checks what a new service order names (customer, object, stage) and returns the row to
 * write with its stage: the stage asked for, else the stage marked initial.
 */
export const prepareServiceOrderStep = createStep(
  prepareServiceOrderStepId,
  async (input: CreateServiceOrderWorkflowInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { id: input.customer_id },
    })
    if (!customers.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${input.customer_id} was not found`)
    }

    if (input.service_object_id) {
      const [object] = await service.listServiceObjects({ id: input.service_object_id }, { select: ["id", "customer_id"] })
      if (!object) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service object ${input.service_object_id} was not found`)
      }
      if (object.customer_id !== input.customer_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Service object ${input.service_object_id} belongs to another customer`
        )
      }
    }

    if (input.agreement_id) {
      const [agreement] = await service.listServiceAgreements(
        { id: input.agreement_id, is_template: false },
        { select: ["id", "number", "customer_id", "status"] }
      )
      if (!agreement) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service agreement ${input.agreement_id} was not found`)
      }
      if (agreement.customer_id !== input.customer_id || agreement.status !== "active") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Service agreement ${agreement.number} is not an active agreement of this customer`
        )
      }
    }

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
    return new StepResponse({ row, stage: { id: stage.id, code: stage.code } })
  }
)
