import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ROLE_PERMISSIONS } from "../../../../modules/service-management/utils/permissions"
import { resolveServiceRole } from "../../../utils/service-roles"

/** The caller's own service role and permissions (what the admin shows or hides). Any admin user may ask. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ctx = await resolveServiceRole(req)
  res.json({
    user_id: ctx.user_id,
    role: ctx.role,
    is_assigned: ctx.is_assigned,
    permissions: ROLE_PERMISSIONS[ctx.role],
    technician_id: ctx.technician_id,
  })
}
