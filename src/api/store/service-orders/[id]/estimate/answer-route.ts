import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ServiceEstimateAnswer } from "../../../../../types/enums"
import { answerServiceEstimateWorkflow } from "../../../../../workflows/estimates/answer-service-estimate"
import { answerConflicts } from "../../../../utils/conflict"
import { listCustomerServiceOrders } from "../../customer-view"
import { StoreAnswerServiceEstimate } from "../../validators"

/**
 * `POST /store/service-orders/:id/estimate/accept|decline`: the customer's answer to the estimate
 * on their own order (another customer's: 404); answers the order's customer view with its estimate.
 */
export const answerRoute =
  (answer: ServiceEstimateAnswer) => async (req: AuthenticatedMedusaRequest<StoreAnswerServiceEstimate>, res: MedusaResponse) => {
    // A 409 keeps its message (already answered, expired, replaced): it tells the customer why.
    const done = await answerConflicts(res, () =>
      answerServiceEstimateWorkflow(req.scope).run({
        input: {
          service_order_id: req.params.id,
          customer_id: req.auth_context.actor_id,
          answer,
          note: req.validatedBody.note ?? null,
        },
      })
    )
    if (!done) {
      return
    }
    const { rows } = await listCustomerServiceOrders(req, { id: req.params.id }, { paged: false, timeline: true })
    res.json({ service_order: rows[0] })
  }
