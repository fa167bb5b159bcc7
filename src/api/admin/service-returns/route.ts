import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceReturnWorkflow } from "../../../workflows/service-returns/create-service-return"
import { listEntities } from "../../utils/respond"
import { refetchServiceReturn } from "./helpers"
import { AdminCreateServiceReturn, AdminGetServiceReturnsParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetServiceReturnsParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listEntities(req, "service_return", req.filterableFields)
  res.json({ service_returns: rows, ...page })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateServiceReturn>, res: MedusaResponse) => {
  const { result } = await createServiceReturnWorkflow(req.scope).run({
    input: { ...req.validatedBody, channel: "admin", actor: { type: "user", id: req.auth_context.actor_id } },
  })
  res.json({ service_return: await refetchServiceReturn(req, result.id) })
}
