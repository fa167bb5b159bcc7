import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

type AdminUser = { id: string; email: string; first_name: string | null; last_name: string | null }

const USER_FIELDS = ["id", "email", "first_name", "last_name"]

/**
 * Admin users with their effective service role (their own or the plugin default) and linked
 * technician: two queries for the whole page, whatever its size.
 */
export async function withServiceRoles(req: MedusaRequest, users: AdminUser[]) {
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const ids = users.map((u) => u.id)
  const [roles, technicians] = ids.length
    ? await Promise.all([
        service.listServiceRoles({ user_id: ids }, { select: ["user_id", "role"] }),
        service.listServiceTechnicians({ user_id: ids }, { select: ["id", "user_id", "first_name", "last_name"] }),
      ])
    : [[], []]
  const fallback = service.getOptions().roles.default
  return users.map((user) => {
    const own = roles.find((r) => r.user_id === user.id)
    const technician = technicians.find((t) => t.user_id === user.id)
    return {
      user_id: user.id,
      user,
      role: own?.role ?? fallback,
      is_assigned: !!own,
      technician: technician
        ? { id: technician.id, first_name: technician.first_name, last_name: technician.last_name }
        : null,
    }
  })
}

/** A page of admin users (search `q` over e-mail and names), sorted by e-mail. */
export async function listAdminUsers(req: MedusaRequest, q: string | undefined, limit: number, offset: number) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "user",
    fields: USER_FIELDS,
    // `q` searches the user module's searchable fields (e-mail, names).
    filters: (q ? { q } : {}) as Record<string, unknown>,
    pagination: { skip: offset, take: limit, order: { email: "ASC" } },
  })
  return { users: data as AdminUser[], count: metadata!.count }
}

/** One admin user's role row; 404 for an unknown user. */
export async function retrieveServiceRoleRow(req: MedusaRequest, userId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: USER_FIELDS, filters: { id: userId } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `User with id: ${userId} was not found`)
  }
  const [row] = await withServiceRoles(req, data as AdminUser[])
  return row
}
