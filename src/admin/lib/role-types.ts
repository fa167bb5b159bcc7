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
