import { ContainerRegistrationKeys, generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertStageAllows } from "../../../modules/service-management/utils/stage-rules"
import { OverageUsage, overageItems, postingItems, PostingItem } from "../../../modules/service-management/utils/posting"
import { OrderParty, resolveOrderParty } from "../../common/utils/order-party"
import { loadServiceOrder } from "../../common/utils/load-record"

export type ServiceOrderPosting = {
  service_order: { id: string; number: string; customer_id: string; currency_code: string }
  /** The Medusa order's id, chosen before the claim so the claim can name it (null: no order is created). */
  order_id: string | null
  /** Set when resuming a post that died after its claim: the order it named, which was never created. */
  abandoned_order_id: string | null
  /** Null when the `posting.createOrders` option is off: the order is only marked posted. */
  order_input: (OrderParty & { id: string; status: "pending"; items: PostingItem[]; metadata: Record<string, unknown> }) | null
  reserve_inventory: boolean
  /** The order an accepted estimate became: posting links it instead of creating one. */
  estimate_order_id: string | null
  /** Overage lines the accepted estimate's order lacks yet; posting adds them by an order edit. */
  estimate_order_items: PostingItem[]
}

export const prepareServiceOrderPostingStepId = "prepare-service-order-posting"
/**
 * Checks that a service order may be posted (its stage allows posting, it is not posted, it has
 * billable lines) and builds the Medusa order for it: the customer, a region in the order's
 * currency (the customer's country preferred), the store's default sales channel, one item per
 * billable line, plus the overage of its allowance draws at the agreement line's overage price. Every refusal is a 400 that names the reason; nothing is written here.
 *
 * A post that died between its claim and creating the Medusa order (process killed) left the
 * service order claimed, naming an order that does not exist. Posts hold the order's lock, so a
 * post that gets here while such a claim stands knows its owner is gone: it resumes with the same
 * order id instead of refusing.
 */
export const prepareServiceOrderPostingStep = createStep(
  prepareServiceOrderPostingStepId,
  async (input: { service_order_id: string }, { container }): Promise<StepResponse<ServiceOrderPosting>> => {
    const order = await loadServiceOrder(container, input.service_order_id, {
      relations: ["stage", "lines"],
      select: ["id", "number", "customer_id", "currency_code", "posted_at", "posted_order_id", "stage.*", "lines.*"],
    })
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const abandonedOrderId = order.posted_at ? await abandonedPostingOrderId(container, order.posted_order_id) : null
    if (order.posted_at && !abandonedOrderId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${order.number} is already posted`)
    }
    assertStageAllows(order.stage, "post")
    const header = { id: order.id, number: order.number, customer_id: order.customer_id, currency_code: order.currency_code }
    const options = service.getOptions().posting
    const overages = await service.listServiceAllowanceUsages(
      { service_order_id: order.id, overage_quantity: { $gt: 0 } },
      { relations: ["balance", "balance.agreement_line"] }
    )
    const overage = overageItems(order.id, overages as unknown as OverageUsage[])
    // The customer accepted an estimate: its draft order became the invoice order (stock reserved
    // then), so posting links that order — one Medusa order per service order — and adds to it
    // only the overage, known once the order was completed.
    const [accepted] = await service.listServiceEstimates({ service_order_id: order.id, status: "accepted" }, { take: 1 })
    if (accepted) {
      return new StepResponse<ServiceOrderPosting>({
        service_order: header,
        order_id: accepted.draft_order_id,
        abandoned_order_id: null,
        order_input: null,
        reserve_inventory: false,
        estimate_order_id: accepted.draft_order_id,
        estimate_order_items: await itemsNotOnOrder(container, accepted.draft_order_id, overage),
      })
    }
    const items = [
      ...postingItems(order.id, order.lines, { withVariants: options.reserveInventory }),
      ...overage,
    ]
    if (!items.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${order.number} has no billable lines to post`)
    }
    if (!options.createOrders) {
      return new StepResponse<ServiceOrderPosting>({
        service_order: header,
        order_id: null,
        abandoned_order_id: null,
        order_input: null,
        reserve_inventory: false,
        estimate_order_id: null,
        estimate_order_items: [],
      })
    }

    const party = await resolveOrderParty(container, {
      customer_id: order.customer_id,
      currency_code: order.currency_code,
      what: `service order ${order.number}`,
    })
    const orderId = abandonedOrderId ?? generateEntityId(undefined, "order")
    return new StepResponse({
      service_order: header,
      order_id: orderId,
      abandoned_order_id: abandonedOrderId,
      order_input: {
        ...party,
        id: orderId,
        status: "pending",
        items,
        metadata: { service_order_id: order.id, service_order_number: order.number },
      },
      reserve_inventory: options.reserveInventory,
      estimate_order_id: null,
      estimate_order_items: [],
    })
  }
)

/** The order a posting claim names, when that order does not exist (its post died before creating it). */
async function abandonedPostingOrderId(container: MedusaContainer, orderId: string | null): Promise<string | null> {
  if (!orderId) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: orderId } })
  return data.length ? null : orderId
}

/**
 * The overage items not yet on the order (by allowance usage): a post that died after adding
 * them and before its claim adds nothing twice when it is run again.
 */
async function itemsNotOnOrder(container: MedusaContainer, orderId: string, items: PostingItem[]): Promise<PostingItem[]> {
  if (!items.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.metadata"], filters: { id: orderId } })
  const present = new Set(
    ((data[0]?.items ?? []) as { metadata?: Record<string, unknown> | null }[]).map((i) => i?.metadata?.allowance_usage_id).filter(Boolean)
  )
  return items.filter((i) => !("allowance_usage_id" in i.metadata) || !present.has(i.metadata.allowance_usage_id))
}
