import { MedusaRequest } from "@medusajs/framework/http"
import { approveServiceReturnWorkflow } from "../../../workflows/service-returns/approve-service-return"
import { changeServiceReturnStatusWorkflow } from "../../../workflows/service-returns/change-service-return-status"
import { receiveServiceReturnWorkflow } from "../../../workflows/service-returns/receive-service-return"
import { retrieveEntity } from "../../utils/respond"
import { statusActionRoute } from "../../utils/status-action-route"
import { AdminServiceReturnAction } from "./validators"

export const refetchServiceReturn = (req: MedusaRequest, id: string) =>
  retrieveEntity(req, "service_return", { id }, "Service return")

type Action = "approve" | "reject" | "receive" | "resolve"

/** `POST …/:id/<action>` `{ note?, location_id?, from_status? }` of a return: approve and receive have workflows of their own. */
export const serviceReturnActionRoute = (action: Action) =>
  statusActionRoute<AdminServiceReturnAction>({
    entity: "service_return",
    single: "service_return",
    label: "Service return",
    refetch: refetchServiceReturn,
    run: (req, id) => {
      const input = { id, ...req.validatedBody, actor: { type: "user" as const, id: req.auth_context.actor_id } }
      return action === "approve"
        ? approveServiceReturnWorkflow(req.scope).run({ input })
        : action === "receive"
          ? receiveServiceReturnWorkflow(req.scope).run({ input })
          : changeServiceReturnStatusWorkflow(req.scope).run({ input: { ...input, action } })
    },
  })
