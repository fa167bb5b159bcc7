import { Container, DataTable, type DataTablePaginationState, useDataTable } from "@medusajs/ui"
import { useState, type ComponentProps, type ReactNode } from "react"
import { useNavigate } from "react-router-dom"
import { useCoreRouteAllowed } from "../lib/hooks/roles"
import { CustomerCombobox } from "./combobox"
import { DataTableBody } from "./data-table-body"
import { OptionalSelect } from "./optional-select"
import { SectionHeader } from "./section"

/** A table's columns, typed as `useDataTable` takes them (whatever each column's value type). */
export type TableColumns<T extends { id: string }> = Parameters<typeof useDataTable<T>>[0]["columns"]

/** The value a filter select uses for "no filter". */
export const ALL = "__all__"

/** `value` unless it is the "no filter" value. */
export const unlessAll = (value: string) => (value === ALL ? undefined : value)

/**
 * The state of a searchable, paged list whose rows open a detail page: search text, pagination
 * (back to page one when the search or a filter changes) and the `useDataTable` instance.
 */
export function useListTable<T extends { id: string }>(input: {
  columns: TableColumns<T>
  pageSize?: number
  initialSearch?: string
  /** Path of a row's detail page. */
  rowPath: (row: T) => string
}) {
  const navigate = useNavigate()
  const [search, setSearch] = useState(input.initialSearch ?? "")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: input.pageSize ?? 20 })
  const firstPage = () => setPagination((p) => ({ ...p, pageIndex: 0 }))
  /** Wraps a filter's setter so that changing it goes back to page one. */
  const filter =
    <V,>(set: (value: V) => void) =>
    (value: V) => {
      set(value)
      firstPage()
    }
  const paging = { q: search, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }
  const useTable = (result: { rows?: T[]; count?: number; isLoading: boolean }) =>
    useDataTable({
      columns: input.columns,
      data: result.rows ?? [],
      getRowId: (row) => row.id,
      rowCount: result.count ?? 0,
      isLoading: result.isLoading,
      search: { state: search, onSearchChange: filter(setSearch) },
      pagination: { state: pagination, onPaginationChange: setPagination },
      onRowClick: (_, row) => navigate(input.rowPath(row)),
    })
  return { paging, filter, useTable }
}

/**
 * A list page (or a list section of Settings): the title with its description and actions, filters
 * and search (`searchPlaceholder`), the table with its load error and empty states, then the
 * page's drawers (`children`). `notice` shows between the header and the table (e.g. a progress).
 */
export const ListPage = <T,>({
  title,
  description,
  actions,
  notice,
  level = "h1",
  testId,
  table,
  query,
  searchPlaceholder,
  filters,
  noun,
  empty,
  filtered,
  children,
}: {
  title: string
  description: string
  actions?: ReactNode
  notice?: ReactNode
  level?: "h1" | "h2"
  testId?: string
  table: ReturnType<typeof useDataTable<T>>
  query: { isError: boolean; error: unknown }
  searchPlaceholder?: string
  filters?: ReactNode
} & Pick<ComponentProps<typeof DataTableBody>, "noun" | "empty" | "filtered"> & { children?: ReactNode }) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <SectionHeader level={level} title={title} description={description} actions={actions} />
    {notice}
    <DataTable instance={table}>
      {searchPlaceholder && <ListToolbar searchPlaceholder={searchPlaceholder}>{filters}</ListToolbar>}
      <DataTableBody noun={noun} isError={query.isError} error={query.error} empty={empty} filtered={filtered} />
    </DataTable>
    {children}
  </Container>
)

/** Filters on the left, the table's search box on the right. */
const ListToolbar = ({ searchPlaceholder, children }: { searchPlaceholder: string; children: ReactNode }) => (
  <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
    <div className="flex flex-wrap items-center gap-2">{children}</div>
    <DataTable.Search placeholder={searchPlaceholder} />
  </DataTable.Toolbar>
)

/** A select filter with an "all" entry first. */
export const FilterSelect = ({
  value,
  onChange,
  allLabel,
  options,
  testId,
  width = "w-[180px]",
}: {
  value: string
  onChange: (value: string) => void
  allLabel: string
  options: { value: string; label: string }[]
  testId: string
  width?: string
}) => (
  <div className={width}>
    <OptionalSelect
      size="small"
      testId={testId}
      value={unlessAll(value) ?? null}
      onChange={(v) => onChange(v ?? ALL)}
      options={options}
      emptyLabel={allLabel}
    />
  </div>
)

/** A customer filter, for users who may read Medusa's customers (a technician's service role may not). */
export const CustomerFilter = ({ id, value, onChange }: { id: string; value: string | null; onChange: (id: string | null) => void }) =>
  useCoreRouteAllowed("GET", "/admin/customers") ? (
    <div className="w-[260px]">
      <CustomerCombobox id={id} value={value} floating placeholder="Filter by customer" onChange={onChange} />
    </div>
  ) : null
