import { createDataTableColumnHelper, DataTable, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState, type ReactNode } from "react"
import { useLatest } from "../lib/conflicts"
import { useEditing } from "./use-editing"
import { DataTableBody } from "./data-table-body"
import type { TableColumns } from "./list-page"
import { RowActions } from "./row-actions"
import { CreateButton, Section } from "./section"

/** Search text and paging of a settings list, as the list query's params. */
export const useListState = () => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 20 })
  const firstPage = () => setPagination((p) => ({ ...p, pageIndex: 0 }))
  return {
    search,
    pagination,
    setPagination,
    firstPage,
    onSearch: (q: string) => {
      setSearch(q)
      firstPage()
    },
    params: { q: search, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize },
  }
}

type Editing<T> = ReturnType<typeof useEditing<T>>

/**
 * A settings catalogue (tasks, SLAs, skills, repair codes, …): heading, create button, searchable
 * paged table whose rows open the record's `drawer`, each row with an edit / delete menu
 * (`rowActions`). `testId` names the section (`<testId>-section`), its create button
 * (`create-<testId>-button`) and the rows' menus (`<testId>-actions`).
 */
export function CatalogSection<T extends { id: string }>({
  title,
  description,
  createLabel,
  testId,
  columns,
  query,
  rows,
  list,
  empty,
  permission,
  filters,
  rowActions,
  drawer,
}: {
  title: string
  description: string
  createLabel: string
  testId: string
  columns: TableColumns<T>
  query: { data?: { count?: number; count_capped?: boolean }; isLoading: boolean; isError: boolean; error: unknown }
  rows: T[] | undefined
  list: ReturnType<typeof useListState>
  empty: { heading: string; description: string }
  /** The permission that changes these records. */
  permission: string
  /** Filters shown beside the search box. */
  filters?: ReactNode
  /** How the delete confirmation names a record (`skill "Gas"`), what deleting means, and the delete. */
  rowActions: { label: (row: T) => string; consequence: string; onDelete: (row: T) => Promise<unknown> }
  drawer: (editing: Editing<T>) => ReactNode
}) {
  const editing = useEditing<T>()
  // Through a ref: the sections pass new functions each render, the columns stay the same.
  const actions = useLatest(rowActions)
  const withActions = useMemo(
    () => [
      ...columns,
      createDataTableColumnHelper<T>().display({
        id: "actions",
        cell: ({ row }) => (
          <RowActions
            label={actions.current.label(row.original)}
            consequence={actions.current.consequence}
            onEdit={() => editing.edit(row.original)}
            onDelete={() => actions.current.onDelete(row.original)}
            testId={`${testId}-actions`}
            permission={permission}
          />
        ),
      }),
    ],
    [columns, actions, editing.edit, testId, permission]
  )
  const table = useDataTable({
    columns: withActions,
    data: rows ?? [],
    getRowId: (row) => row.id,
    rowCount: query.data?.count ?? 0,
    isLoading: query.isLoading,
    search: { state: list.search, onSearchChange: list.onSearch },
    pagination: { state: list.pagination, onPaginationChange: list.setPagination },
    onRowClick: (_, row) => editing.edit(row),
  })
  return (
    <Section
      testId={`${testId}-section`}
      title={title}
      description={description}
      actions={
        <CreateButton permission={permission} onClick={editing.create} testId={`create-${testId}-button`}>
          {createLabel}
        </CreateButton>
      }
    >
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-end gap-x-2">
          {filters}
          <DataTable.Search placeholder={`Search ${title.toLowerCase()}`} />
        </DataTable.Toolbar>
        <DataTableBody
          noun={title.toLowerCase()}
          isError={query.isError}
          error={query.error}
          countCapped={query.data?.count_capped}
          empty={empty}
          filtered={{ heading: "No results", description: "Nothing matches the search." }}
        />
      </DataTable>
      {drawer(editing)}
    </Section>
  )
}
