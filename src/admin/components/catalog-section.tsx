import { Button, Container, DataTable, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState, type ReactNode } from "react"
import { Can } from "./can"
import { DataTableBody } from "./data-table-body"
import type { TableColumns } from "./list-page"
import { SectionHeader } from "./section-header"

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

/** Whether a record's drawer is open, and for which record (null: creating one). */
export const useEditing = <T,>() => {
  const [state, setState] = useState<{ open: boolean; record: T | null }>({ open: false, record: null })
  // Stable, so that memoised table columns may call them.
  const actions = useMemo(
    () => ({
      create: () => setState({ open: true, record: null }),
      edit: (record: T) => setState({ open: true, record }),
      onOpenChange: (open: boolean) => setState((s) => ({ ...s, open })),
    }),
    []
  )
  return { ...state, ...actions }
}

/**
 * A settings catalogue (tasks, SLAs, skills, repair codes, …): heading, create button, searchable
 * paged table whose rows open the record's drawer. `testId` names the section (`<testId>-section`)
 * and its create button (`create-<testId>-button`).
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
  onCreate,
  onRowClick,
  empty,
  permission,
  filters,
  children,
}: {
  title: string
  description: string
  createLabel: string
  testId: string
  columns: TableColumns<T>
  query: { data?: { count?: number }; isLoading: boolean; isError: boolean; error: unknown }
  rows: T[] | undefined
  list: ReturnType<typeof useListState>
  onCreate: () => void
  onRowClick: (row: T) => void
  empty: { heading: string; description: string }
  /** The permission that creates these records. */
  permission: string
  /** Filters shown beside the search box. */
  filters?: ReactNode
  /** The record's drawer. */
  children?: ReactNode
}) {
  const table = useDataTable({
    columns,
    data: rows ?? [],
    getRowId: (row) => row.id,
    rowCount: query.data?.count ?? 0,
    isLoading: query.isLoading,
    search: { state: list.search, onSearchChange: list.onSearch },
    pagination: { state: list.pagination, onPaginationChange: list.setPagination },
    onRowClick: (_, row) => onRowClick(row),
  })
  return (
    <Container className="divide-y p-0" data-testid={`${testId}-section`}>
      <SectionHeader title={title} description={description}>
        <Can permission={permission}>
          <Button size="small" variant="secondary" onClick={onCreate} data-testid={`create-${testId}-button`}>
            {createLabel}
          </Button>
        </Can>
      </SectionHeader>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-end gap-x-2">
          {filters}
          <DataTable.Search placeholder={`Search ${title.toLowerCase()}`} />
        </DataTable.Toolbar>
        <DataTableBody
          noun={title.toLowerCase()}
          isError={query.isError}
          error={query.error}
          empty={empty}
          filtered={{ heading: "No results", description: "Nothing matches the search." }}
        />
      </DataTable>
      {children}
    </Container>
  )
}
