import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link, Navigate, useLocation } from "react-router-dom"
import { useCoreRouteAllowed, useServiceRole } from "../lib/hooks/roles"
import { type EffectiveServiceRole, roleLabel } from "../lib/role-types"

/**
 * Medusa's admin pages whose list the zone widget can stand in for (pages that load their list in
 * a route loader fail before any widget renders): the dashboard path, the route the list calls,
 * and what the message calls it.
 */
const CORE_AREAS = [
  { path: "/orders", route: "/admin/orders", name: "orders" },
  { path: "/draft-orders", route: "/admin/draft-orders", name: "draft orders" },
  { path: "/customers", route: "/admin/customers", name: "customers" },
  { path: "/customer-groups", route: "/admin/customer-groups", name: "customer groups" },
  { path: "/inventory", route: "/admin/inventory-items", name: "inventory" },
  { path: "/reservations", route: "/admin/reservations", name: "reservations" },
  { path: "/price-lists", route: "/admin/price-lists", name: "price lists" },
  { path: "/campaigns", route: "/admin/campaigns", name: "campaigns" },
  { path: "/settings/users", route: "/admin/users", name: "users" },
  { path: "/settings/publishable-api-keys", route: "/admin/api-keys", name: "API keys" },
  { path: "/settings/secret-api-keys", route: "/admin/api-keys", name: "API keys" },
  { path: "/settings/regions", route: "/admin/regions", name: "regions" },
  { path: "/settings/sales-channels", route: "/admin/sales-channels", name: "sales channels" },
  { path: "/settings/locations", route: "/admin/stock-locations", name: "locations" },
]

/** Where each restricted role works instead. */
const HOMES: Partial<Record<EffectiveServiceRole, { to: string; label: string }>> = {
  technician: { to: "/my-work", label: "My work" },
  consultant: { to: "/my-work", label: "My work" },
  dispatcher: { to: "/service-orders", label: "Service orders" },
}

/**
 * On a Medusa list page the user's service role may not load: moves them, before the list's 403
 * replaces the page with Medusa's generic error, to the page that says why.
 */
export const CoreRouteGate = () => {
  const { pathname } = useLocation()
  const area = CORE_AREAS.find((a) => pathname === a.path || pathname.startsWith(`${a.path}/`))
  const allowed = useCoreRouteAllowed("GET", area?.route)
  if (!area || allowed !== false) {
    return null
  }
  return <Navigate to={`/service-access?area=${encodeURIComponent(area.name)}`} replace />
}

/** "Your service role is technician: Medusa's orders are not available to you — go to Service › My work". */
export const CoreRouteRefused = ({ area }: { area: string }) => {
  const { data } = useServiceRole()
  if (!data) {
    return null
  }
  const home = HOMES[data.role] ?? { to: "/service-orders", label: "Service orders" }
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="core-route-refused">
      <Heading level="h2">Not available for your service role</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Your service role is {roleLabel(data.role).toLowerCase()}: Medusa's {area} are not available to you — go to
        Service › {home.label}.
      </Text>
      <div>
        <Button size="small" variant="secondary" asChild>
          <Link to={home.to}>Go to {home.label}</Link>
        </Button>
      </div>
    </Container>
  )
}
