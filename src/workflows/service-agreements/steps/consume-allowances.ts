import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { allowanceDraws, AllowanceLine } from "../../../modules/service-management/utils/allowances"
import { loadServiceOrder } from "../../common/utils/load-record"

export const consumeAllowancesStepId = "consume-allowances"
/**
 * Draws a service order's work on its active agreement's allowances (a visit, or its hours) for
 * the period it is completed in; what the balance cannot cover is kept as overage for posting.
 * Compensation gives the draws back.
 */
export const consumeAllowancesStep = createStep(
  consumeAllowancesStepId,
  async (input: { service_order_id: string }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const order = await loadServiceOrder(container, input.service_order_id, {
      relations: ["lines", "agreement", "agreement.lines"],
      select: ["id", "service_object_id", "lines.type", "lines.quantity", "agreement.*", "agreement.lines.*"],
    })
    const agreement = order.agreement
    if (!agreement || agreement.status !== "active") {
      return new StepResponse([] as string[], [] as string[])
    }
    const draws = allowanceDraws(
      { service_object_id: order.service_object_id, lines: order.lines.map((l) => ({ type: l.type, quantity: Number(l.quantity) })) },
      { valid_from: agreement.valid_from, valid_to: agreement.valid_to, lines: agreement.lines as unknown as AllowanceLine[] },
      new Date()
    )
    const usages = draws.length ? await service.consumeAllowances(order.id, draws) : []
    const ids = usages.map((u) => u.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).releaseAllowances(ids)
  }
)
