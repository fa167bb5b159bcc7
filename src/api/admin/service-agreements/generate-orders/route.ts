import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { once } from "node:events"
import { generateAgreementOrders } from "../../../../workflows/service-agreements/generate-agreement-orders"
import { AdminGenerateServiceAgreementOrders } from "../validators"

/**
 * Generates orders of every active agreement for occurrences due up to `until` (what the daily
 * job does) → `{ service_orders, count, agreements_processed, failures }`. The orders are streamed
 * run by run as each commits, so the server never holds every order of a large generation.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminGenerateServiceAgreementOrders>, res: MedusaResponse) => {
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  let written = false
  try {
    const summary = await generateAgreementOrders(
      req.scope,
      { until: req.validatedBody.until, actor: { type: "user", id: req.auth_context.actor_id } },
      async (orders) => {
        const chunk = orders.map((o) => JSON.stringify(o)).join(",")
        // Runs of two pages write here in turn: the opening goes out once, before any wait.
        const opening = written ? "," : '{"service_orders":['
        written = true
        if (!res.write(`${opening}${chunk}`)) {
          await once(res, "drain")
        }
      }
    )
    const { count, agreements_processed, failures } = summary
    res.end(`${written ? "" : '{"service_orders":['}],${JSON.stringify({ count, agreements_processed, failures }).slice(1)}`)
  } catch (e) {
    if (!written) {
      throw e
    }
    // The status went out with the first orders: cut the answer, so it cannot be read as whole.
    res.destroy(e as Error)
  }
}
