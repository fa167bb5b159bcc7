import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { findOneOrNotFound } from "../../common/utils/load-record"

/** The reason recorded when a customer cancels, where the cancellation stage defines it. */
export const CUSTOMER_CANCEL_REASON = "customer_request"

export const prepareCustomerCancellationStepId = "prepare-customer-cancellation"
/**
 * The ownership guard of a customer's cancellation (another customer's order answers like a
 * missing one) and the reason to record: `customer_request` when the cancellation stage has it.
 */
export const prepareCustomerCancellationStep = createStep(
  prepareCustomerCancellationStepId,
  async (input: { service_order_id: string; customer_id: string }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const order = await findOneOrNotFound(
      service.listServiceOrders(
        { id: input.service_order_id, customer_id: input.customer_id },
        { select: ["id"] }
      ),
      "Service order",
      input.service_order_id
    )
    const [stage] = await service.listServiceStages({ is_cancellation: true, is_active: true }, { relations: ["reasons"], take: 1 })
    const hasReason = !!stage?.reasons?.some((r) => r.code === CUSTOMER_CANCEL_REASON && r.is_active)
    return new StepResponse({ service_order_id: order.id, reason_code: hasReason ? CUSTOMER_CANCEL_REASON : null })
  }
)
