import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveServiceReturnWorkflow } from "../../../workflows/service-returns/approve-service-return"
import { changeServiceReturnStatusWorkflow } from "../../../workflows/service-returns/change-service-return-status"
import { receiveServiceReturnWorkflow } from "../../../workflows/service-returns/receive-service-return"
import { retrieveEntity } from "../../utils/respond"
import { AdminServiceReturnAction } from "./validators"

export const refetchServiceReturn = (req: MedusaRequest, id: string) =>
  retrieveEntity(req, "service_return", { id }, "Service return")

type Action = "approve" | "reject" | "receive" | "resolve"

/** POST /admin/service-returns/:id/<action>: runs the action's workflow and answers with the return. */
export const serviceReturnActionRoute =
  (action: Action) => async (req: AuthenticatedMedusaRequest<AdminServiceReturnAction>, res: MedusaResponse) => {
    const id = req.params.id
    await refetchServiceReturn(req, id)
    const input = { id, ...req.validatedBody, actor: { type: "user" as const, id: req.auth_context.actor_id } }
    if (action === "approve") {
      await approveServiceReturnWorkflow(req.scope).run({ input })
    } else if (action === "receive") {
      await receiveServiceReturnWorkflow(req.scope).run({ input })
    } else {
      await changeServiceReturnStatusWorkflow(req.scope).run({ input: { ...input, action } })
    }
    res.json({ service_return: await refetchServiceReturn(req, id) })
  }
