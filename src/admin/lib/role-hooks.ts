import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { routeEntriesAllow } from "../../modules/service-management/utils/route-match"
import { del, get, post, useInvalidate, type Params } from "./hooks"

export const SERVICE_ROLE_OPTIONS = [
  { value: "service_manager", label: "Service manager" },
  { value: "dispatcher", label: "Dispatcher" },
  { value: "technician", label: "Technician" },
  { value: "consultant", label: "Consultant" },
] as const
export type ServiceRoleName = (typeof SERVICE_ROLE_OPTIONS)[number]["value"]
export type EffectiveServiceRole = ServiceRoleName | "none"

export const roleLabel = (role: EffectiveServiceRole | undefined) =>
  SERVICE_ROLE_OPTIONS.find((o) => o.value === role)?.label ?? "No service role"

export type MyServiceRole = {
  user_id: string
  role: EffectiveServiceRole
  is_assigned: boolean
  permissions: string[]
  technician_id: string | null
  /** Medusa's own admin routes: when restricted, only `allow` ("GET /admin/customers*") answers. */
  core_routes: { restricted: boolean; allow: string[] }
}

export type ServiceRoleRow = {
  user_id: string
  user: { id: string; email: string; first_name: string | null; last_name: string | null }
  role: EffectiveServiceRole
  is_assigned: boolean
  technician: { id: string; first_name: string; last_name: string | null } | null
}

export const roleKeys = {
  all: ["service-roles"] as const,
  me: ["service-roles", "me"] as const,
  list: (params?: Params) => ["service-roles", "list", params ?? {}] as const,
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

export const useServiceRoles = (params: Params) =>
  useQuery({
    queryKey: roleKeys.list(params),
    queryFn: () =>
      get<{ service_roles: ServiceRoleRow[]; default_role: EffectiveServiceRole; count: number; offset: number; limit: number }>(
        "/admin/service-roles",
        params
      ),
    placeholderData: keepPreviousData,
  })

/** Sets a user's role, or removes it (`role: null`) so the plugin default applies. */
export const useSetServiceRole = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: ServiceRoleName | null }) =>
      role
        ? post<{ service_role: ServiceRoleRow }>(`/admin/service-roles/${userId}`, { role })
        : del<{ service_role: ServiceRoleRow }>(`/admin/service-roles/${userId}`),
    onSuccess: () => invalidate(roleKeys.all),
  })
}
