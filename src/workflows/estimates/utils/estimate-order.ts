import { MedusaContainer } from "@medusajs/framework/types"
import { ServiceEstimateDTO } from "../../../modules/service-management"
import { ServiceEstimateStatus } from "../../../types/enums"
import { loadServiceOrder, notFound } from "../../common/utils/load-record"

const LIVE: ServiceEstimateStatus[] = ["draft", "sent", "accepted"]

/** The version that counts: the one draft, sent or accepted estimate (Postgres allows one per order), else none. */
export const liveEstimate = (estimates: ServiceEstimateDTO[]) => estimates.find((e) => LIVE.includes(e.status)) ?? null

/**
 * A service order with its stage and estimates, or 404. `customer_id` scopes it to the
 * customer's own orders: another customer's answers exactly like a missing one.
 */
export async function loadEstimateOrder(
  container: MedusaContainer,
  input: { service_order_id: string; customer_id?: string; lines?: boolean }
) {
  const order = await loadServiceOrder(container, input.service_order_id, {
    relations: ["stage", "estimates", ...(input.lines ? ["lines"] : [])],
    select: ["id", "number", "customer_id", "currency_code", "posted_at", "stage.*", "estimates.*", ...(input.lines ? ["lines.*"] : [])],
  })
  if (input.customer_id && order.customer_id !== input.customer_id) {
    throw notFound("Service order", input.service_order_id)
  }
  const estimates = [...(order.estimates as unknown as ServiceEstimateDTO[])].sort((a, b) => b.version - a.version)
  return { order, estimates, live: liveEstimate(estimates) }
}
