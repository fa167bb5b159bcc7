import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionServiceOrderWorkflow } from "../../../../../workflows/service-orders/transition-service-order"
import { answerConflicts, requestArrivedAt } from "../../../../utils/conflict"
import { answerFields, answerServiceOrder, serviceOrderStageConflict } from "../../helpers"
import { AdminTransitionServiceOrder } from "../../validators"

/**
 * Moves the order if it is still in the stage the caller saw: `from_stage_code`, else the stage it
 * was in when the request arrived (it has not changed stage since). Of several concurrent moves
 * exactly one applies; the others get 409 naming the stage the order is in now. Answers the order
 * as moved, from what the move read and wrote.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminTransitionServiceOrder>, res: MedusaResponse) => {
  const id = req.params.id
  const { from_stage_code } = req.validatedBody
  let moved: Record<string, unknown> = {}
  const done = await answerConflicts(
    res,
    async () => {
      const { result } = await transitionServiceOrderWorkflow(req.scope).run({
        input: {
          ...req.validatedBody,
          service_order_id: id,
          ...(from_stage_code ? {} : { unchanged_since: requestArrivedAt(req) }),
          actor: { type: "user", id: req.auth_context.actor_id },
          answer_fields: answerFields(req),
        },
      })
      moved = result.service_order
    },
    () => serviceOrderStageConflict(req, id, from_stage_code)
  )
  if (done) {
    res.json({ service_order: await answerServiceOrder(req, id, moved) })
  }
}
