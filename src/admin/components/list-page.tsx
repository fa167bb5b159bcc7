import { Container, DataTable, type DataTablePaginationState, useDataTable } from "@medusajs/ui"
import { useState, type ComponentProps, type ReactNode } from "react"
import { useNavigate } from "react-router-dom"
import { useCoreRouteAllowed } from "../lib/hooks/roles"
import { CustomerCombobox } from "./combobox"
import { DataTableBody } from "./data-table-body"
import { OptionalSelect } from "./optional-select"
import type { DrawerProps } from "./form-drawer"
import { CreateButton, SectionHeader } from "./section"

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
  /** The table of `rows`, the page `query` loaded (its total count and loading state). */
  const useTable = (query: { data?: { count?: number }; isLoading: boolean }, rows: T[] | undefined) =>
    useDataTable({
      columns: input.columns,
      data: rows ?? [],
      getRowId: (row) => row.id,
      rowCount: query.data?.count ?? 0,
      isLoading: query.isLoading,
      search: { state: search, onSearchChange: filter(setSearch) },
      pagination: { state: pagination, onPaginationChange: setPagination },
      onRowClick: (_, row) => navigate(input.rowPath(row)),
    })
  return { paging, filter, useTable }
}

type Refilter = ReturnType<typeof useListTable>["filter"]

/** A select filter of a list and its value (changing it goes back to page one). */
export function useSelectFilter(
  list: { filter: Refilter },
  initial: string | null,
  props: Omit<ComponentProps<typeof FilterSelect>, "value" | "onChange">
) {
  const [value, setValue] = useState(initial ?? ALL)
  return { value, element: <FilterSelect {...props} value={value} onChange={list.filter(setValue)} /> }
}

/** A list's customer filter and its value (changing it goes back to page one). */
export function useCustomerFilter(list: { filter: Refilter }, id: string, initial: string | null = null) {
  const [customerId, setCustomerId] = useState(initial)
  return { customerId, element: <CustomerFilter id={id} value={customerId} onChange={list.filter(setCustomerId)} /> }
}

/** A list's "Create" button and the drawer it opens (`label` defaults to "Create"). */
type CreateAction = { permission: string; testId: string; label?: string; drawer: (props: DrawerProps) => ReactNode }

/**
 * A list page (or a list section of Settings): the title with its description and actions (then
 * the `create` button, whose drawer the page holds), filters and search (`searchPlaceholder`), the
 * table with its load error and empty states, then the page's drawers (`children`). `notice` shows
 * between the header and the table (e.g. a progress).
 */
export const ListPage = <T,>({
  title,
  description,
  actions,
  create,
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
  create?: CreateAction
  notice?: ReactNode
  level?: "h1" | "h2"
  testId?: string
  table: ReturnType<typeof useDataTable<T>>
  query: { isError: boolean; error: unknown; data?: { count?: number; count_capped?: boolean } }
  searchPlaceholder?: string
  filters?: ReactNode
} & Pick<ComponentProps<typeof DataTableBody>, "noun" | "empty" | "filtered"> & { children?: ReactNode }) => {
  const [createOpen, setCreateOpen] = useState(false)
  const createButton = create && (
    <CreateButton permission={create.permission} onClick={() => setCreateOpen(true)} testId={create.testId}>
      {create.label ?? "Create"}
    </CreateButton>
  )
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <SectionHeader
        level={level}
        title={title}
        description={description}
        actions={
          (actions || create) && (
            <>
              {actions}
              {createButton}
            </>
          )
        }
      />
      {notice}
      <DataTable instance={table}>
        {searchPlaceholder && <ListToolbar searchPlaceholder={searchPlaceholder}>{filters}</ListToolbar>}
        <DataTableBody
          noun={noun}
          isError={query.isError}
          error={query.error}
          empty={empty}
          filtered={filtered}
          countCapped={query.data?.count_capped}
        />
      </DataTable>
      {children}
      {create?.drawer({ open: createOpen, onOpenChange: setCreateOpen })}
    </Container>
  )
}

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
