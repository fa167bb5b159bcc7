import { useQuery } from "@tanstack/react-query"
import { routeEntriesAllow } from "../../../modules/service-management/utils/route-match"
import { del, get, post, queryKeysFactory, useListQuery, useRefreshingMutation, type Params } from "../client"
import type { EffectiveServiceRole, MyServiceRole, ServiceRoleName, ServiceRoleRow } from "../role-types"

export const roleKeys = {
  ...queryKeysFactory("service-roles"),
  me: ["service-roles", "me"] as const,
}

/** The current admin user's service role and permissions (what the admin shows or hides). */
export const useServiceRole = () =>
  useQuery({
    queryKey: roleKeys.me,
    queryFn: () => get<MyServiceRole>("/admin/service-roles/me"),
    staleTime: 60_000,
  })

/** Whether the current user's role grants `permission`; undefined while it is loading. */
export const useCan = (permission: string): boolean | undefined => {
  const { data } = useServiceRole()
  return data ? data.permissions.includes(permission) : undefined
}

/** Whether the current user may call Medusa's admin route `method path`; undefined while loading. */
export const useCoreRouteAllowed = (method: string, path: string | undefined): boolean | undefined => {
  const { data } = useServiceRole()
  if (!data || !path) {
    return undefined
  }
  return !data.core_routes.restricted || routeEntriesAllow(data.core_routes.allow, method, path)
}

type RoleList = { service_roles: ServiceRoleRow[]; default_role: EffectiveServiceRole; count: number; offset: number; limit: number }

export const useServiceRoles = (params: Params) =>
  useListQuery<RoleList>(roleKeys, "/admin/service-roles", params)

/** Sets a user's role, or removes it (`role: null`) so the plugin default applies. */
export const useSetServiceRole = () =>
  useRefreshingMutation(
    ({ userId, role }: { userId: string; role: ServiceRoleName | null }) =>
      role
        ? post<{ service_role: ServiceRoleRow }>(`/admin/service-roles/${userId}`, { role })
        : del<{ service_role: ServiceRoleRow }>(`/admin/service-roles/${userId}`),
    [roleKeys.all]
  )
