import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveServiceReturnWorkflow } from "../../../workflows/service-returns/approve-service-return"
import { changeServiceReturnStatusWorkflow } from "../../../workflows/service-returns/change-service-return-status"
import { receiveServiceReturnWorkflow } from "../../../workflows/service-returns/receive-service-return"
import { stateConflictMessage } from "../../../modules/service-management/utils/conflicts"
import { answerConflicts } from "../../utils/conflict"
import { retrieveEntity } from "../../utils/respond"
import { AdminServiceReturnAction } from "./validators"

export const refetchServiceReturn = (req: MedusaRequest, id: string) =>
  retrieveEntity(req, "service_return", { id }, "Service return")

type Action = "approve" | "reject" | "receive" | "resolve"

/**
 * POST /admin/service-returns/:id/<action> `{ note?, location_id?, from_status? }`: runs the
 * action's workflow and answers with the return; a lost race (stale `from_status`, the lock not
 * had in time) → 409 naming the status now.
 */
export const serviceReturnActionRoute =
  (action: Action) => async (req: AuthenticatedMedusaRequest<AdminServiceReturnAction>, res: MedusaResponse) => {
    const id = req.params.id
    await refetchServiceReturn(req, id)
    const input = { id, ...req.validatedBody, actor: { type: "user" as const, id: req.auth_context.actor_id } }
    const done = await answerConflicts(
      res,
      () =>
        action === "approve"
          ? approveServiceReturnWorkflow(req.scope).run({ input })
          : action === "receive"
            ? receiveServiceReturnWorkflow(req.scope).run({ input })
            : changeServiceReturnStatusWorkflow(req.scope).run({ input: { ...input, action } }),
      async () => {
        const now = await retrieveEntity(req, "service_return", { id }, "Service return", ["number", "status"])
        return stateConflictMessage(`Service return ${now.number}`, now.status, input.from_status)
      }
    )
    if (done) {
      res.json({ service_return: await refetchServiceReturn(req, id) })
    }
  }
