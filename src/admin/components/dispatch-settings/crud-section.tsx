import { PencilSquare, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  Heading,
  Text,
  useDataTable,
  usePrompt,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { toastError, toastSuccess } from "../../lib/errors"
import { ActionMenu } from "../action-menu"
import { Can } from "../can"
import type { TableColumns } from "../list-page"

/** Search text and paging of a settings list, as the list query's params. */
export const useListState = () => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 20 })
  return {
    search,
    pagination,
    setPagination,
    onSearch: (q: string) => {
      setSearch(q)
      setPagination((p) => ({ ...p, pageIndex: 0 }))
    },
    params: { q: search, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize },
  }
}

/** The "…" menu of a row: edit, and delete after a confirmation naming the record. */
export const RowActions = ({
  label,
  consequence,
  onEdit,
  onDelete,
  testId,
  permission = "technicians.write",
}: {
  label: string
  consequence: string
  onEdit: () => void
  onDelete: () => Promise<unknown>
  testId: string
  /** The permission that changes these records. */
  permission?: string
}) => {
  const prompt = usePrompt()
  return (
    <Can permission={permission}>
      <ActionMenu
        testId={testId}
        groups={[
          { actions: [{ label: "Edit", icon: <PencilSquare />, onClick: onEdit }] },
          {
            actions: [
              {
                label: "Delete",
                icon: <Trash />,
                onClick: async () => {
                  const ok = await prompt({ title: `Delete ${label}?`, description: consequence, confirmText: "Delete", cancelText: "Cancel" })
                  if (ok) {
                    await onDelete().then(() => toastSuccess(`${label} was deleted`), toastError)
                  }
                },
              },
            ],
          },
        ]}
      />
    </Can>
  )
}

/** A settings list (dispatch resources, repair codes): heading, create button, searchable paged table. */
export function CrudSection<T extends { id: string }>({
  title,
  description,
  createLabel,
  testId,
  columns,
  rows,
  count,
  isLoading,
  list,
  onCreate,
  onRowClick,
  empty,
  permission = "technicians.write",
  filters,
}: {
  title: string
  description: string
  createLabel: string
  testId: string
  columns: TableColumns<T>
  rows: T[]
  count: number
  isLoading: boolean
  list: ReturnType<typeof useListState>
  onCreate: () => void
  onRowClick: (row: T) => void
  empty: { heading: string; description: string }
  /** The permission that creates these records. */
  permission?: string
  /** Filters shown beside the search box. */
  filters?: ReactNode
}) {
  const table = useDataTable({
    columns,
    data: rows,
    getRowId: (row) => row.id,
    rowCount: count,
    isLoading,
    search: { state: list.search, onSearchChange: list.onSearch },
    pagination: { state: list.pagination, onPaginationChange: list.setPagination },
    onRowClick: (_, row) => onRowClick(row),
  })
  return (
    <Container className="divide-y p-0" data-testid={`${testId}-section`}>
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        </div>
        <Can permission={permission}>
          <Button size="small" variant="secondary" onClick={onCreate} data-testid={`create-${testId}-button`}>
            {createLabel}
          </Button>
        </Can>
      </div>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-end gap-x-2">
          {filters}
          <DataTable.Search placeholder={`Search ${title.toLowerCase()}`} />
        </DataTable.Toolbar>
        <DataTable.Table emptyState={{ empty, filtered: { heading: "No results", description: "Nothing matches the search." } }} />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
