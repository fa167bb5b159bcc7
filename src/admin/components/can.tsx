import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useServiceRole } from "../lib/hooks/roles"
import { roleLabel } from "../lib/role-types"

/**
 * Renders its children only when the current user's service role grants `permission`
 * (the API refuses the rest anyway; this keeps the admin from offering what would fail).
 * Nothing renders while the role loads, so refused actions never flash.
 */
export const Can = ({ permission, children, fallback = null }: { permission: string; children: ReactNode; fallback?: ReactNode }) => {
  const { data } = useServiceRole()
  if (!data) {
    return null
  }
  return <>{data.permissions.includes(permission) ? children : fallback}</>
}

/** A page's content, or a clear message naming the role when it may not see the page. */
export const RequirePermission = ({ permission, what, children }: { permission: string; what: string; children: ReactNode }) => {
  const { data, isError } = useServiceRole()
  if (!data && !isError) {
    return null
  }
  if (data && !data.permissions.includes(permission)) {
    return (
      <Container className="flex flex-col gap-y-1 px-6 py-4" data-testid="permission-denied">
        <Heading level="h2">Not available for your service role</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Your service role ({roleLabel(data.role)}) may not {what}. Ask a service manager if you need access.
        </Text>
      </Container>
    )
  }
  return <>{children}</>
}

/** A route page shown only to roles with `permission` (the others read a message naming their role). */
export function withPermission<P extends object>(Page: (props: P) => ReactNode, permission: string, what: string) {
  const Guarded = (props: P) => (
    <RequirePermission permission={permission} what={what}>
      <Page {...props} />
    </RequirePermission>
  )
  return Guarded
}

/** A widget rendered only for roles with `permission` (nothing at all for the others). */
export function onlyWith<P extends object>(Widget: (props: P) => ReactNode, permission: string) {
  const Guarded = (props: P) => (
    <Can permission={permission}>
      <Widget {...props} />
    </Can>
  )
  return Guarded
}
