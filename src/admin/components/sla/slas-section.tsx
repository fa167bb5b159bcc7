import { PencilSquare, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  StatusBadge,
  Text,
  usePrompt,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { toastError, toastSuccess } from "../../lib/errors"
import { formatMinutes } from "../../lib/sla-format"
import { useDeleteServiceLevelAgreement, useServiceLevelAgreements } from "../../lib/hooks/slas"
import type { ServiceLevelAgreement } from "../../../types"
import { ActionMenu } from "../action-menu"
import { DataTableBody } from "../data-table-body"
import { SlaDrawer } from "./sla-drawer"
import { ActiveBadge } from "../badges"

const columnHelper = createDataTableColumnHelper<ServiceLevelAgreement>()

/** Settings › Service › SLAs: targets, calendars, customer groups and the default. */
export const SlasSection = () => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 20 })
  const [editing, setEditing] = useState<{ open: boolean; sla: ServiceLevelAgreement | null }>({ open: false, sla: null })
  const { data, isLoading, isError, error } = useServiceLevelAgreements({
    q: search,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    order: "code",
  })
  const remove = useDeleteServiceLevelAgreement()
  const prompt = usePrompt()

  const columns = useMemo(
    () => [
      columnHelper.accessor("code", {
        header: "Code",
        cell: ({ getValue }) => <code className="txt-compact-xsmall">{getValue()}</code>,
      }),
      columnHelper.accessor("name", { header: "Name" }),
      columnHelper.accessor("response_minutes", {
        header: "Response",
        cell: ({ getValue }) => formatMinutes(getValue()),
      }),
      columnHelper.accessor("resolution_minutes", {
        header: "Resolution",
        cell: ({ getValue }) => formatMinutes(getValue()),
      }),
      columnHelper.accessor("timezone", { header: "Time zone" }),
      columnHelper.display({
        id: "groups",
        header: "Customer groups",
        cell: ({ row }) => {
          const groups = row.original.customer_groups ?? []
          return groups.length ? (
            <div className="flex flex-wrap gap-1">
              {groups.map((g) => (
                <Badge key={g.id} size="2xsmall">
                  {g.customer_group?.name ?? g.customer_group_id}
                </Badge>
              ))}
            </div>
          ) : (
            "–"
          )
        },
      }),
      columnHelper.accessor("is_default", {
        header: "Default",
        cell: ({ getValue }) => (getValue() ? <StatusBadge color="blue">Default</StatusBadge> : "–"),
      }),
      columnHelper.accessor("is_active", {
        header: "Status",
        cell: ({ getValue }) => (
          <ActiveBadge active={getValue()} />
        ),
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <ActionMenu
            groups={[
              {
                actions: [{ label: "Edit", icon: <PencilSquare />, onClick: () => setEditing({ open: true, sla: row.original }) }],
              },
              {
                actions: [
                  {
                    label: "Delete",
                    icon: <Trash />,
                    onClick: async () => {
                      const ok = await prompt({
                        title: `Delete SLA "${row.original.name}"?`,
                        description: "Orders that already have it keep their due times and log.",
                        confirmText: "Delete",
                        cancelText: "Cancel",
                      })
                      if (ok) {
                        remove.mutate(row.original.id, {
                          onSuccess: () => toastSuccess(`SLA "${row.original.name}" was deleted`),
                          onError: toastError,
                        })
                      }
                    },
                  },
                ],
              },
            ]}
          />
        ),
      }),
    ],
    [prompt, remove]
  )

  const table = useDataTable({
    columns,
    data: data?.service_level_agreements ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: {
      state: search,
      onSearchChange: (q) => {
        setSearch(q)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => setEditing({ open: true, sla: row }),
  })

  return (
    <Container className="divide-y p-0" data-testid="slas-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Service level agreements</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Response and resolution targets in business time, on each SLA's own calendar.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setEditing({ open: true, sla: null })} data-testid="create-sla-button">
          Create SLA
        </Button>
      </div>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex justify-end">
          <DataTable.Search placeholder="Search SLAs" />
        </DataTable.Toolbar>
        <DataTableBody
          noun="SLAs"
          isError={isError}
          error={error}
          empty={{ heading: "No SLAs", description: "Create an SLA to give orders response and resolution targets." }}
          filtered={{ heading: "No results", description: "No SLA matches the search." }}
        />
      </DataTable>
      <SlaDrawer open={editing.open} onOpenChange={(open) => setEditing((e) => ({ ...e, open }))} sla={editing.sla} />
    </Container>
  )
}
