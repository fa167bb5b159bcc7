import {
  Badge,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Select,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { toastError, toastSuccess } from "../../lib/errors"
import { useServiceRole, useServiceRoles, useSetServiceRole } from "../../lib/hooks/roles"
import { roleLabel, SERVICE_ROLE_OPTIONS, type EffectiveServiceRole, type ServiceRoleName, type ServiceRoleRow } from "../../lib/role-types"

const columnHelper = createDataTableColumnHelper<ServiceRoleRow>()
// The select's entry for "no role of their own": the plugin option roles.default applies.
const DEFAULT = "__default__"

const userName = (u: ServiceRoleRow["user"]) => [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email

/** The role select of one user; a change is saved at once. */
const RoleSelect = ({ row, defaultRole, isSelf }: { row: ServiceRoleRow; defaultRole: EffectiveServiceRole; isSelf: boolean }) => {
  const change = useSetServiceRole()
  const value = row.is_assigned ? row.role : DEFAULT
  const onChange = (next: string) => {
    const role = next === DEFAULT ? null : (next as ServiceRoleName)
    change.mutate(
      { userId: row.user_id, role },
      {
        onSuccess: ({ service_role }) => toastSuccess(`${userName(row.user)} is now ${roleLabel(service_role.role).toLowerCase()}`),
        onError: toastError,
      }
    )
  }
  return (
    <div onClick={(e) => e.stopPropagation()} className="w-[220px]">
      <Select size="small" value={value} onValueChange={onChange} disabled={change.isPending}>
        <Select.Trigger data-testid={`role-select-${row.user.email}`}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={DEFAULT}>Default ({roleLabel(defaultRole)})</Select.Item>
          {SERVICE_ROLE_OPTIONS.map((o) => (
            // Nobody takes the manager role from themselves (the API refuses it too).
            <Select.Item key={o.value} value={o.value} disabled={isSelf && o.value !== "service_manager"}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

/** Settings › Service › Roles: every admin user with their service role and technician link. */
export const RolesSection = () => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 20 })
  const { data, isLoading } = useServiceRoles({
    q: search,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })
  const { data: me } = useServiceRole()
  const defaultRole = data?.default_role ?? "service_manager"

  const columns = useMemo(
    () => [
      columnHelper.display({
        id: "user",
        header: "User",
        cell: ({ row }) => (
          <div className="flex flex-col">
            <span className="txt-compact-small-plus text-ui-fg-base">{userName(row.original.user)}</span>
            <span className="txt-compact-xsmall text-ui-fg-subtle">{row.original.user.email}</span>
          </div>
        ),
      }),
      columnHelper.display({
        id: "role",
        header: "Service role",
        cell: ({ row }) => <RoleSelect row={row.original} defaultRole={defaultRole} isSelf={row.original.user_id === me?.user_id} />,
      }),
      columnHelper.display({
        id: "technician",
        header: "Technician",
        cell: ({ row }) => {
          const t = row.original.technician
          if (t) {
            return [t.first_name, t.last_name].filter(Boolean).join(" ")
          }
          // A technician or consultant without a technician record sees no orders: say so.
          return ["technician", "consultant"].includes(row.original.role) ? (
            <Badge size="2xsmall" color="orange">
              Not linked: sees no orders
            </Badge>
          ) : (
            "–"
          )
        },
      }),
    ],
    [defaultRole, me?.user_id]
  )

  const table = useDataTable({
    columns,
    data: data?.service_roles ?? [],
    getRowId: (row) => row.user_id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: {
      state: search,
      onSearchChange: (v) => {
        setSearch(v)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0" data-testid="roles-section">
      <div className="px-6 py-4">
        <Heading level="h2">Service roles</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          What each admin user may do in service management. Users without a role of their own are{" "}
          {defaultRole === "none" ? "refused every service page" : roleLabel(defaultRole).toLowerCase() + "s"} (plugin option
          roles.default). Technicians and consultants see only the orders assigned to them.
        </Text>
      </div>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex justify-end">
          <DataTable.Search placeholder="Search users" />
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: { heading: "No admin users", description: "Invite users in Settings › Users." },
            filtered: { heading: "No results", description: "No user matches the search." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
