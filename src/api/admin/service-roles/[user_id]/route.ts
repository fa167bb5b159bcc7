import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeServiceRoleWorkflow } from "../../../../workflows/service-roles/remove-service-role"
import { setServiceRoleWorkflow } from "../../../../workflows/service-roles/set-service-role"
import { retrieveServiceRoleRow } from "../helpers"
import { AdminSetServiceRole } from "../validators"

/** Gives the admin user a service role. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetServiceRole>, res: MedusaResponse) => {
  await setServiceRoleWorkflow(req.scope).run({
    input: { user_id: req.params.user_id, role: req.validatedBody.role, actor_id: req.auth_context.actor_id },
  })
  res.json({ service_role: await retrieveServiceRoleRow(req, req.params.user_id) })
}

/** Removes the user's service role: the plugin option `roles.default` applies to them again. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeServiceRoleWorkflow(req.scope).run({
    input: { user_id: req.params.user_id, actor_id: req.auth_context.actor_id },
  })
  res.json({ service_role: await retrieveServiceRoleRow(req, req.params.user_id) })
}
