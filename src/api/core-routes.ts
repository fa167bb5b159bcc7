import type { EffectiveServiceRole } from "./permissions"
import { GUARDED_ADMIN_PREFIXES } from "./permissions"
import { pathSegments } from "../modules/service-management/utils/route-match"

/** Service roles that Medusa's own admin routes are closed to, but for an allowlist. */
export const CORE_RESTRICTED_ROLES = ["dispatcher", "technician", "consultant"] as const
export type CoreRestrictedRole = (typeof CORE_RESTRICTED_ROLES)[number]

// What the Medusa dashboard itself reads on every page (recorded with the browser harness): the
// signed-in user, the store, feature flags, layout configurations, the notification bell, the
// settings sidebar; and users by id, for the names on service order timelines.
const DASHBOARD_SHELL = [
  "GET /admin/users/me",
  "GET /admin/users/:id",
  "GET /admin/stores*",
  "GET /admin/feature-flags",
  "GET /admin/layouts*",
  "GET /admin/notifications",
  "GET /admin/search-indexes",
]

// Technicians and consultants: the item picker of a service order's lines.
const FIELD_WORK = [...DASHBOARD_SHELL, "GET /admin/product-variants"]

/**
 * The Medusa admin routes each restricted role may use by default, all read-only. Dispatchers also
 * read what the customer pickers and Medusa's order, customer and product pages load (a return for
 * repair starts on an order's page).
 */
export const DEFAULT_CORE_ROUTE_ALLOWLIST: Record<CoreRestrictedRole, readonly string[]> = {
  technician: FIELD_WORK,
  consultant: FIELD_WORK,
  dispatcher: [
    ...FIELD_WORK,
    "GET /admin/customers*",
    "GET /admin/customer-groups",
    "GET /admin/orders*",
    "GET /admin/returns",
    "GET /admin/claims",
    "GET /admin/exchanges",
    "GET /admin/reservations",
    "GET /admin/plugins",
    "GET /admin/regions",
    "GET /admin/sales-channels*",
    "GET /admin/products*",
    "GET /admin/product-types",
    "GET /admin/product-tags",
  ],
}

export type CoreRoutesOptions = {
  restrict: boolean
  allow: Record<CoreRestrictedRole, string[]>
}

/** Whether a request path belongs to the plugin (its permission table governs it, not the allowlist). */
export const isPluginAdminPath = (path: string) =>
  GUARDED_ADMIN_PREFIXES.includes(`/admin/${pathSegments(path.toLowerCase())[1] ?? ""}`)

/**
 * The Medusa admin routes open to `role`: the defaults plus the option's entries; null when the
 * role is not restricted (service manager, none) or the option `restrict` is off.
 */
export function coreRouteAllowlist(options: CoreRoutesOptions, role: EffectiveServiceRole): string[] | null {
  if (!options.restrict || !(CORE_RESTRICTED_ROLES as readonly string[]).includes(role)) {
    return null
  }
  const restricted = role as CoreRestrictedRole
  return [...new Set([...DEFAULT_CORE_ROUTE_ALLOWLIST[restricted], ...options.allow[restricted]])]
}
