import { PencilSquare, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Text,
  usePrompt,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { toastError, toastSuccess } from "../../lib/errors"
import { formatMoney } from "../../lib/format"
import { useStoreCurrency } from "../../lib/hooks/store"
import { useDeleteServiceTask, useServiceTasks } from "../../lib/hooks/tasks"
import type { ServiceTask } from "../../lib/types"
import { ActionMenu } from "../action-menu"
import { TaskDrawer } from "./task-drawer"
import { Can } from "../can"
import { ActiveBadge } from "../badges"

const columnHelper = createDataTableColumnHelper<ServiceTask>()

/** Settings › Service › Service tasks: the catalogue of work. */
export const TasksSection = () => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 20 })
  const [editing, setEditing] = useState<{ open: boolean; task: ServiceTask | null }>({ open: false, task: null })
  const { data, isLoading } = useServiceTasks({
    q: search,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    order: "name",
  })
  const { data: currency } = useStoreCurrency()
  const remove = useDeleteServiceTask()
  const prompt = usePrompt()

  const columns = useMemo(
    () => [
      columnHelper.accessor("code", {
        header: "Code",
        cell: ({ getValue }) => <code className="txt-compact-xsmall">{getValue()}</code>,
      }),
      columnHelper.accessor("name", { header: "Name" }),
      columnHelper.accessor("default_duration_minutes", {
        header: "Duration",
        cell: ({ getValue }) => (getValue() ? `${getValue()} min` : "–"),
      }),
      columnHelper.accessor("default_unit_price", {
        header: "Unit price",
        cell: ({ getValue }) => (getValue() === null || getValue() === undefined ? "–" : formatMoney(getValue(), currency)),
      }),
      columnHelper.accessor("default_unit_cost", {
        header: "Unit cost",
        cell: ({ getValue }) => (getValue() === null || getValue() === undefined ? "–" : formatMoney(getValue(), currency)),
      }),
      columnHelper.accessor("required_skills", {
        header: "Skills",
        cell: ({ getValue }) => (
          <div className="flex flex-wrap gap-1">
            {(getValue() ?? []).length
              ? getValue().map((s) => (
                  <Badge key={s} size="2xsmall">
                    {s}
                  </Badge>
                ))
              : "–"}
          </div>
        ),
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
                actions: [
                  { label: "Edit", icon: <PencilSquare />, onClick: () => setEditing({ open: true, task: row.original }) },
                ],
              },
              {
                actions: [
                  {
                    label: "Delete",
                    icon: <Trash />,
                    onClick: async () => {
                      const ok = await prompt({
                        title: `Delete task "${row.original.name}"?`,
                        description: "Lines that used it keep their description, price and cost.",
                        confirmText: "Delete",
                        cancelText: "Cancel",
                      })
                      if (ok) {
                        remove.mutate(row.original.id, {
                          onSuccess: () => toastSuccess(`Task "${row.original.name}" was deleted`),
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
    [currency, prompt, remove]
  )

  const table = useDataTable({
    columns,
    data: data?.service_tasks ?? [],
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
    onRowClick: (_, row) => setEditing({ open: true, task: row }),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Service tasks</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The work you perform, with default duration, price and cost.
          </Text>
        </div>
        <Can permission="settings.write">
          <Button size="small" variant="secondary" onClick={() => setEditing({ open: true, task: null })} data-testid="create-task-button">
            Create task
          </Button>
        </Can>
      </div>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex justify-end">
          <DataTable.Search placeholder="Search tasks" />
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: { heading: "No service tasks", description: "Create the tasks you offer to use them on lines." },
            filtered: { heading: "No results", description: "No task matches the search." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
      <TaskDrawer
        open={editing.open}
        onOpenChange={(open) => setEditing((e) => ({ ...e, open }))}
        task={editing.task}
        currencyCode={currency}
      />
    </Container>
  )
}
