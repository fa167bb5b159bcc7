import { matchScore, pathSegments } from "../modules/service-management/utils/route-match"
import { SERVICE_ROLES, ServiceRoleName } from "../types/enums"

/**
 * The plugin's own permissions (Medusa's RBAC is an enterprise beta the plugin must not need).
 * The label finishes the sentence "may not …" in the guard's 403 message.
 */
export const SERVICE_PERMISSIONS = {
  "service_orders.read": "read service orders",
  "service_orders.write": "create or edit service orders",
  "service_orders.work": "record hours, items and repair lines on service orders",
  "service_orders.transition": "move service orders between stages",
  "service_orders.sla": "record SLA events on service orders",
  "service_orders.post": "post service orders to invoicing",
  "service_orders.estimate": "draft and send repair estimates to customers",
  "service_orders.receipt": "print job receipts for customers",
  "assignments.read": "read assignments",
  "assignments.write": "assign technicians to service orders",
  "dispatch_board.read": "use the dispatch board",
  "my_work.read": "read their own work",
  "technicians.read": "read technicians, teams and skills",
  "technicians.write": "manage technicians, teams and skills",
  "service_objects.read": "read service objects",
  "service_objects.write": "manage service objects",
  "service_returns.read": "read service returns",
  "service_returns.write": "manage service returns",
  "agreements.read": "read service agreements",
  "agreements.write": "manage service agreements",
  "slas.read": "read service level agreements",
  "slas.write": "manage service level agreements",
  "subscriptions.read": "read service subscriptions",
  "subscriptions.write": "manage service subscriptions",
  "billing.read": "read billing runs and fee transactions",
  "billing.write": "run subscription billing",
  "settings.read": "read stages, tasks, repair codes, BOMs and warranty terms",
  "settings.write": "change service settings (stages, tasks, repair codes, BOMs, warranty terms)",
  "reports.read": "read service reports",
  "service_roles.manage": "manage service roles",
} as const
export type ServicePermission = keyof typeof SERVICE_PERMISSIONS
export const ALL_SERVICE_PERMISSIONS = Object.keys(SERVICE_PERMISSIONS) as ServicePermission[]

/** A user's effective role: their own, else the plugin option `roles.default` (which may be "none"). */
export type EffectiveServiceRole = ServiceRoleName | "none"
export const EFFECTIVE_SERVICE_ROLES = [...SERVICE_ROLES, "none"] as const

// Technicians and consultants work on the orders assigned to them (scoped in the queries) and
// read the code tables their pickers need.
const FIELD_WORK: ServicePermission[] = [
  "service_orders.read",
  "service_orders.work",
  "service_orders.transition",
  "service_orders.sla",
  "assignments.read",
  "my_work.read",
  "settings.read",
]

const NOT_FOR_DISPATCHERS = new Set<ServicePermission>([
  "service_orders.post",
  "technicians.write",
  "agreements.read",
  "agreements.write",
  "slas.read",
  "slas.write",
  "subscriptions.read",
  "subscriptions.write",
  "billing.read",
  "billing.write",
  "settings.write",
  "reports.read",
  "service_roles.manage",
])

export const ROLE_PERMISSIONS: Record<EffectiveServiceRole, readonly ServicePermission[]> = {
  service_manager: ALL_SERVICE_PERMISSIONS,
  dispatcher: ALL_SERVICE_PERMISSIONS.filter((p) => !NOT_FOR_DISPATCHERS.has(p)),
  technician: FIELD_WORK,
  consultant: FIELD_WORK,
  none: [],
}

/** Roles whose service-order routes only reach orders with a live assignment of their technician. */
export const SCOPED_ROLES: readonly EffectiveServiceRole[] = ["technician", "consultant"]

export const roleHasPermission = (role: EffectiveServiceRole, permission: ServicePermission) =>
  ROLE_PERMISSIONS[role].includes(permission)

type Method = "GET" | "POST" | "DELETE"
export type RoutePermission = {
  method: Method
  /** Medusa-style matcher (`:param` segments); a trailing `*` also covers every path below it. */
  matcher: string
  /** null: any admin user may call it (e.g. reading their own role). */
  permission: ServicePermission | null
}

const r = (methods: Method[], matcher: string, permission: ServicePermission | null): RoutePermission[] =>
  methods.map((method) => ({ method, matcher, permission }))

const SO = "/admin/service-orders/:id"

/**
 * Every plugin admin route and the permission it needs. A unit test walks src/api/admin and fails
 * for a route file this table does not cover, so a new route cannot ship unguarded.
 */
export const ROUTE_PERMISSIONS: RoutePermission[] = [
  // Service orders (technicians/consultants: only their assigned orders, see SCOPED_ROLES)
  ...r(["GET"], "/admin/service-orders", "service_orders.read"),
  ...r(["POST"], "/admin/service-orders", "service_orders.write"),
  ...r(["GET"], SO, "service_orders.read"),
  ...r(["POST"], SO, "service_orders.write"),
  ...r(["POST"], `${SO}/lines`, "service_orders.work"),
  ...r(["POST", "DELETE"], `${SO}/lines/:line_id`, "service_orders.work"),
  ...r(["GET"], `${SO}/repair-lines`, "service_orders.read"),
  ...r(["POST"], `${SO}/repair-lines`, "service_orders.work"),
  ...r(["GET"], `${SO}/repair-lines/:rid`, "service_orders.read"),
  ...r(["POST", "DELETE"], `${SO}/repair-lines/:rid`, "service_orders.work"),
  ...r(["POST"], `${SO}/transition`, "service_orders.transition"),
  ...r(["GET"], `${SO}/sla`, "service_orders.read"),
  ...r(["POST"], `${SO}/sla`, "service_orders.sla"),
  ...r(["POST"], `${SO}/post`, "service_orders.post"),
  // Estimates: staff who deal with the customer (managers, dispatchers); technicians read them.
  ...r(["GET"], `${SO}/estimate`, "service_orders.read"),
  ...r(["POST"], `${SO}/estimate`, "service_orders.estimate"),
  ...r(["POST"], `${SO}/estimate/send`, "service_orders.estimate"),
  // Documents: a technician prints the work description of their own orders (the scope above),
  // the job receipt is for staff who deal with the customer.
  ...r(["GET"], `${SO}/work-description`, "service_orders.read"),
  ...r(["GET"], `${SO}/job-receipt`, "service_orders.receipt"),
  // Dispatch
  ...r(["GET"], `${SO}/assignments`, "assignments.read"),
  ...r(["POST"], `${SO}/assignments`, "assignments.write"),
  ...r(["POST", "DELETE"], `${SO}/assignments/:assignment_id`, "assignments.write"),
  ...r(["GET"], "/admin/dispatch-board", "dispatch_board.read"),
  ...r(["GET"], "/admin/my-work", "my_work.read"),
  ...r(["GET"], "/admin/skills", "technicians.read"),
  ...r(["POST"], "/admin/skills", "technicians.write"),
  ...r(["GET"], "/admin/skills/:id", "technicians.read"),
  ...r(["POST", "DELETE"], "/admin/skills/:id", "technicians.write"),
  ...r(["GET"], "/admin/dispatch-teams", "technicians.read"),
  ...r(["POST"], "/admin/dispatch-teams", "technicians.write"),
  ...r(["GET"], "/admin/dispatch-teams/:id", "technicians.read"),
  ...r(["POST", "DELETE"], "/admin/dispatch-teams/:id", "technicians.write"),
  ...r(["GET"], "/admin/technicians", "technicians.read"),
  ...r(["POST"], "/admin/technicians", "technicians.write"),
  ...r(["GET"], "/admin/technicians/:id", "technicians.read"),
  ...r(["POST", "DELETE"], "/admin/technicians/:id", "technicians.write"),
  ...r(["GET"], "/admin/technicians/:id/absences", "technicians.read"),
  ...r(["POST"], "/admin/technicians/:id/absences", "technicians.write"),
  ...r(["DELETE"], "/admin/technicians/:id/absences/:absence_id", "technicians.write"),
  // Service objects and their repair history
  ...r(["GET"], "/admin/service-objects", "service_objects.read"),
  ...r(["POST"], "/admin/service-objects", "service_objects.write"),
  ...r(["GET"], "/admin/service-objects/:id", "service_objects.read"),
  ...r(["POST", "DELETE"], "/admin/service-objects/:id", "service_objects.write"),
  ...r(["GET"], "/admin/service-objects/:id/repairs", "service_objects.read"),
  ...r(["GET"], "/admin/service-objects/:id/bom-version", "service_objects.read"),
  ...r(["POST"], "/admin/service-objects/:id/bom-version", "service_objects.write"),
  ...r(["GET"], "/admin/service-objects/:id/entitlement", "service_objects.read"),
  ...r(["GET"], "/admin/service-objects/:id/timeline", "service_objects.read"),
  // Returns for repair (every route below the prefix)
  ...r(["GET"], "/admin/service-returns*", "service_returns.read"),
  ...r(["POST"], "/admin/service-returns*", "service_returns.write"),
  // Agreements
  ...r(["GET"], "/admin/service-agreements", "agreements.read"),
  ...r(["POST"], "/admin/service-agreements", "agreements.write"),
  ...r(["POST"], "/admin/service-agreements/generate-orders", "agreements.write"),
  ...r(["GET"], "/admin/service-agreements/:id", "agreements.read"),
  ...r(["POST", "DELETE"], "/admin/service-agreements/:id", "agreements.write"),
  ...r(["POST"], "/admin/service-agreements/:id/activate", "agreements.write"),
  ...r(["POST"], "/admin/service-agreements/:id/suspend", "agreements.write"),
  ...r(["POST"], "/admin/service-agreements/:id/resume", "agreements.write"),
  ...r(["POST"], "/admin/service-agreements/:id/cancel", "agreements.write"),
  ...r(["POST"], "/admin/service-agreements/:id/expire", "agreements.write"),
  ...r(["POST"], "/admin/service-agreements/:id/generate-orders", "agreements.write"),
  ...r(["GET"], "/admin/service-agreements/:id/recurrence-preview", "agreements.read"),
  ...r(["POST"], "/admin/service-agreements/:id/lines", "agreements.write"),
  ...r(["POST", "DELETE"], "/admin/service-agreements/:id/lines/:line_id", "agreements.write"),
  ...r(["GET"], "/admin/service-agreements/:id/lines/:line_id/occurrences", "agreements.read"),
  // SLAs
  ...r(["GET"], "/admin/service-level-agreements", "slas.read"),
  ...r(["POST"], "/admin/service-level-agreements", "slas.write"),
  ...r(["GET"], "/admin/service-level-agreements/:id", "slas.read"),
  ...r(["POST", "DELETE"], "/admin/service-level-agreements/:id", "slas.write"),
  // Subscriptions and billing
  ...r(["GET"], "/admin/subscription-groups", "subscriptions.read"),
  ...r(["POST"], "/admin/subscription-groups", "subscriptions.write"),
  ...r(["GET"], "/admin/subscription-groups/:id", "subscriptions.read"),
  ...r(["POST", "DELETE"], "/admin/subscription-groups/:id", "subscriptions.write"),
  ...r(["GET"], "/admin/service-subscriptions", "subscriptions.read"),
  ...r(["POST"], "/admin/service-subscriptions", "subscriptions.write"),
  ...r(["GET"], "/admin/service-subscriptions/:id", "subscriptions.read"),
  ...r(["POST"], "/admin/service-subscriptions/:id", "subscriptions.write"),
  ...r(["POST"], "/admin/service-subscriptions/:id/pause", "subscriptions.write"),
  ...r(["POST"], "/admin/service-subscriptions/:id/resume", "subscriptions.write"),
  ...r(["POST"], "/admin/service-subscriptions/:id/cancel", "subscriptions.write"),
  ...r(["GET"], "/admin/subscription-billing-runs", "billing.read"),
  ...r(["POST"], "/admin/subscription-billing-runs", "billing.write"),
  ...r(["GET"], "/admin/subscription-billing-runs/:id", "billing.read"),
  ...r(["GET"], "/admin/subscription-fee-transactions", "billing.read"),
  // Settings: stages, tasks, repair codes, BOMs, warranty terms
  ...r(["GET"], "/admin/service-stages", "settings.read"),
  ...r(["POST"], "/admin/service-stages", "settings.write"),
  ...r(["GET"], "/admin/service-stages/:id", "settings.read"),
  ...r(["POST", "DELETE"], "/admin/service-stages/:id", "settings.write"),
  ...r(["POST"], "/admin/service-stages/:id/reasons", "settings.write"),
  ...r(["POST", "DELETE"], "/admin/service-stages/:id/reasons/:reason_id", "settings.write"),
  ...r(["GET"], "/admin/service-tasks", "settings.read"),
  ...r(["POST"], "/admin/service-tasks", "settings.write"),
  ...r(["GET"], "/admin/service-tasks/:id", "settings.read"),
  ...r(["POST", "DELETE"], "/admin/service-tasks/:id", "settings.write"),
  ...r(["GET"], "/admin/repair-codes", "settings.read"),
  ...r(["POST"], "/admin/repair-codes", "settings.write"),
  ...r(["GET"], "/admin/repair-codes/:id", "settings.read"),
  ...r(["POST", "DELETE"], "/admin/repair-codes/:id", "settings.write"),
  ...r(["GET"], "/admin/boms", "settings.read"),
  ...r(["POST"], "/admin/boms", "settings.write"),
  ...r(["GET"], "/admin/boms/:id", "settings.read"),
  ...r(["POST", "DELETE"], "/admin/boms/:id", "settings.write"),
  ...r(["GET"], "/admin/boms/:id/versions", "settings.read"),
  ...r(["POST"], "/admin/boms/:id/versions", "settings.write"),
  ...r(["GET"], "/admin/boms/:id/versions/:vid", "settings.read"),
  ...r(["POST", "DELETE"], "/admin/boms/:id/versions/:vid", "settings.write"),
  ...r(["GET"], "/admin/boms/:id/versions/:vid/diff", "settings.read"),
  ...r(["POST"], "/admin/boms/:id/versions/:vid/approve", "settings.write"),
  ...r(["POST"], "/admin/boms/:id/versions/:vid/retire", "settings.write"),
  ...r(["POST"], "/admin/boms/:id/versions/:vid/components", "settings.write"),
  ...r(["POST", "DELETE"], "/admin/boms/:id/versions/:vid/components/:cid", "settings.write"),
  ...r(["GET"], "/admin/warranty-terms", "settings.read"),
  ...r(["POST"], "/admin/warranty-terms", "settings.write"),
  ...r(["GET"], "/admin/warranty-terms/:id", "settings.read"),
  ...r(["POST", "DELETE"], "/admin/warranty-terms/:id", "settings.write"),
  // Reports
  ...r(["GET"], "/admin/repair-statistics", "reports.read"),
  ...r(["GET"], "/admin/service-reports/order-margin", "reports.read"),
  ...r(["GET"], "/admin/service-reports/subscription-transactions", "reports.read"),
  ...r(["GET"], "/admin/service-reports/subscription-fee-transactions", "reports.read"),
  ...r(["GET"], "/admin/service-reports/sla-compliance", "reports.read"),
  ...r(["GET"], "/admin/service-reports/field-kpis", "reports.read"),
  // Service roles
  ...r(["GET"], "/admin/service-roles", "service_roles.manage"),
  ...r(["GET"], "/admin/service-roles/me", null),
  ...r(["POST", "DELETE"], "/admin/service-roles/:user_id", "service_roles.manage"),
]

/** The table entry for a request, the most specific one when several match. */
export function findRoutePermission(method: string, path: string): RoutePermission | undefined {
  let best: RoutePermission | undefined
  let bestScore = -1
  for (const entry of ROUTE_PERMISSIONS) {
    if (entry.method !== method.toUpperCase()) {
      continue
    }
    const score = matchScore(entry.matcher, path)
    if (score !== null && score > bestScore) {
      best = entry
      bestScore = score
    }
  }
  return best
}

/** The first path segments under /admin the table guards (the middleware is mounted on each). */
export const GUARDED_ADMIN_PREFIXES = [
  ...new Set(ROUTE_PERMISSIONS.map((e) => `/admin/${pathSegments(e.matcher.replace(/\*$/, ""))[1]}`)),
]
