import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { EDITABLE_AGREEMENT_STATUSES } from "../../../modules/service-management/utils/agreement-status"

export const validateSlasDeletableStepId = "validate-slas-deletable"
/** An SLA that a draft, active or suspended agreement names stays: deactivate it or change the agreements first. */
export const validateSlasDeletableStep = createStep(
  validateSlasDeletableStepId,
  async (ids: string[], { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const found = await service.listServiceLevelAgreements({ id: ids }, { select: ["id"] })
    const missing = ids.filter((id) => !found.some((s) => s.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service level agreement with id: ${missing.join(", ")} was not found`)
    }
    const agreements = await service.listServiceAgreements(
      { sla_id: ids, status: EDITABLE_AGREEMENT_STATUSES },
      { select: ["number"], take: 5 }
    )
    if (agreements.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The SLA is used by service agreement(s) ${agreements.map((a) => a.number).join(", ")}; change them or deactivate the SLA instead`
      )
    }
    return new StepResponse(void 0)
  }
)
