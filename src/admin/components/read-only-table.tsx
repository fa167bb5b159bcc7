import { Table, Text } from "@medusajs/ui"
import type { HTMLAttributes, ReactNode } from "react"

export type ReadOnlyColumn<R> = {
  header: ReactNode
  cell: (row: R) => ReactNode
  className?: string
}

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>

/**
 * A table of records related to the page's record (an object's orders, a stage list, a
 * subscription's fees): no paging or filters, for lists that are short by nature. Shows the load
 * error, "Loading…", or `empty` instead of an empty table. `rowProps` gives a row its test id,
 * data attributes or click (a clickable row gets the pointer).
 */
export const ReadOnlyTable = <R,>({
  rows,
  columns,
  rowKey,
  rowProps,
  empty,
  isLoading,
  error,
  testId,
}: {
  rows: R[]
  columns: ReadOnlyColumn<R>[]
  rowKey: (row: R) => string
  rowProps?: (row: R) => RowAttributes
  empty: string
  isLoading?: boolean
  /** The query's error, when it failed: shown in the API's words. */
  error?: unknown
  testId?: string
}) => {
  if (error || isLoading || rows.length === 0) {
    return (
      <Text size="small" className={`px-6 py-4 ${error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}>
        {error ? ((error as Error).message ?? "Could not load the list.") : isLoading ? "Loading…" : empty}
      </Text>
    )
  }
  return (
    <div className="overflow-x-auto">
      <Table data-testid={testId}>
        <Table.Header>
          <Table.Row>
            {columns.map((c, i) => (
              <Table.HeaderCell key={i} className={c.className}>
                {c.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => {
            const props = rowProps?.(row)
            return (
              <Table.Row key={rowKey(row)} {...props} className={props?.onClick ? "cursor-pointer" : props?.className}>
                {columns.map((c, i) => (
                  <Table.Cell key={i} className={c.className}>
                    {c.cell(row)}
                  </Table.Cell>
                ))}
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </div>
  )
}
