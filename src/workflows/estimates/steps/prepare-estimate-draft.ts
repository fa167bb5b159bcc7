import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertEstimateDraftable, effectiveEstimateStatus, replacedEstimateStatus } from "../../../modules/service-management/utils/estimate-status"
import { PostingItem, postingItems } from "../../../modules/service-management/utils/posting"
import { OrderParty, resolveOrderParty } from "../../common/utils/order-party"
import { loadEstimateOrder } from "../utils/estimate-order"

export type EstimateDraft = {
  service_order: { id: string; number: string; customer_id: string; currency_code: string }
  version: number
  valid_until: Date | null
  /** The live version the new one replaces, and what becomes of it. */
  replaced: {
    id: string
    status: "expired" | "superseded"
    /** It waited for the customer: the SLA clock paused for it resumes. */
    was_waiting: boolean
    /** It was accepted: its order (converted from its draft) is cancelled, the change needs a new acceptance. */
    accepted_order_id: string | null
  } | null
  /** Medusa's draft order: the estimate's lines at the order's prices, in its currency. */
  draft_order_input: OrderParty & { status: "draft"; is_draft_order: true; items: PostingItem[]; metadata: Record<string, unknown> }
}

export const prepareServiceEstimateDraftStepId = "prepare-service-estimate-draft"
/**
 * Checks that the order may get a (new) estimate — open, not posted, with billable lines — and
 * builds it: a Medusa draft order for the customer with one item per billable line (as posting
 * would invoice them), the next version number, and what becomes of the version it replaces.
 * Nothing is written here.
 */
export const prepareServiceEstimateDraftStep = createStep(
  prepareServiceEstimateDraftStepId,
  async (input: { service_order_id: string; valid_until?: Date | string | null }, { container }) => {
    const { order, estimates, live } = await loadEstimateOrder(container, { service_order_id: input.service_order_id, lines: true })
    assertEstimateDraftable(order)
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const items = postingItems(order.id, order.lines, { withVariants: service.getOptions().posting.reserveInventory })
    if (!items.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${order.number} has no billable lines to estimate`)
    }
    const validUntil = input.valid_until ? new Date(input.valid_until) : live?.valid_until ? new Date(live.valid_until) : null
    if (validUntil && validUntil <= new Date()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "valid_until must lie in the future")
    }
    const party = await resolveOrderParty(container, {
      customer_id: order.customer_id,
      currency_code: order.currency_code,
      what: `service order ${order.number}`,
    })
    const liveStatus = live ? effectiveEstimateStatus(live) : null
    const version = (estimates[0]?.version ?? 0) + 1
    return new StepResponse<EstimateDraft>({
      service_order: { id: order.id, number: order.number, customer_id: order.customer_id, currency_code: order.currency_code },
      version,
      valid_until: validUntil,
      replaced: live
        ? {
            id: live.id,
            status: replacedEstimateStatus(live),
            was_waiting: liveStatus === "sent" || liveStatus === "expired",
            accepted_order_id: live.status === "accepted" ? live.draft_order_id : null,
          }
        : null,
      draft_order_input: {
        ...party,
        status: "draft",
        is_draft_order: true,
        items,
        metadata: { service_order_id: order.id, service_order_number: order.number, service_estimate_version: version },
      },
    })
  }
)
