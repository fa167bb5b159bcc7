import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertStageAllows } from "../../../modules/service-management/utils/stage-rules"
import { postingItems, PostingItem } from "../../../modules/service-management/utils/posting"
import { OrderParty, resolveOrderParty } from "../../common/utils/order-party"

export type ServiceOrderPosting = {
  service_order: { id: string; number: string; customer_id: string; currency_code: string }
  /** Null when the `posting.createOrders` option is off: the order is only marked posted. */
  order_input: (OrderParty & { status: "pending"; items: PostingItem[]; metadata: Record<string, unknown> }) | null
  reserve_inventory: boolean
}

export const prepareServiceOrderPostingStepId = "prepare-service-order-posting"
/**
 * Checks that a service order may be posted (its stage allows posting, it is not posted, it has
 * billable lines) and builds the Medusa order for it: the customer, a region in the order's
 * currency (the customer's country preferred), the store's default sales channel, one item per
 * billable line. Every refusal is a 400 that names the reason; nothing is written here.
 */
export const prepareServiceOrderPostingStep = createStep(
  prepareServiceOrderPostingStepId,
  async (input: { service_order_id: string }, { container }): Promise<StepResponse<ServiceOrderPosting>> => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const [order] = await service.listServiceOrders(
      { id: input.service_order_id },
      { relations: ["stage", "lines"], select: ["id", "number", "customer_id", "currency_code", "posted_at", "stage.*", "lines.*"] }
    )
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service order with id: ${input.service_order_id} was not found`)
    }
    if (order.posted_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${order.number} is already posted`)
    }
    assertStageAllows(order.stage, "post")
    const options = service.getOptions().posting
    const items = postingItems(order.id, order.lines as any, { withVariants: options.reserveInventory })
    if (!items.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${order.number} has no billable lines to post`)
    }
    const header = { id: order.id, number: order.number, customer_id: order.customer_id, currency_code: order.currency_code }
    if (!options.createOrders) {
      return new StepResponse({ service_order: header, order_input: null, reserve_inventory: false })
    }

    const party = await resolveOrderParty(container, {
      customer_id: order.customer_id,
      currency_code: order.currency_code,
      what: `service order ${order.number}`,
    })
    return new StepResponse({
      service_order: header,
      order_input: {
        ...party,
        status: "pending",
        items,
        metadata: { service_order_id: order.id, service_order_number: order.number },
      },
      reserve_inventory: options.reserveInventory,
    })
  }
)
