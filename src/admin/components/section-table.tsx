import { Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** The subtle line a section shows when it has nothing to list (or is still loading it). */
export const EmptyText = ({ children }: { children: string }) => (
  <div className="px-6 py-6">
    <Text size="small" className="text-ui-fg-subtle">
      {children}
    </Text>
  </div>
)

/** A table's header row: `columns` (`rightAligned` ones for amounts), then an empty one for the rows' menus when `menu`. */
export const TableHead = ({ columns, rightAligned = [], menu }: { columns: string[]; rightAligned?: string[]; menu?: boolean }) => (
  <Table.Header>
    <Table.Row>
      {columns.map((c) => (
        <Table.HeaderCell key={c} className={rightAligned.includes(c) ? "text-right" : undefined}>
          {c}
        </Table.HeaderCell>
      ))}
      {menu && <Table.HeaderCell className="w-[52px]" />}
    </Table.Row>
  </Table.Header>
)

/**
 * The table of a section whose rows carry their own cells and menu (an order's lines, repairs, an
 * agreement's lines): the `columns` header (`rightAligned` ones for amounts), a last column for
 * the row menu, and the rows (`children`).
 */
export const LinesTable = ({
  testId,
  columns,
  rightAligned = [],
  children,
}: {
  testId: string
  columns: string[]
  rightAligned?: string[]
  children: ReactNode
}) => (
  <div className="overflow-x-auto">
    <Table data-testid={testId}>
      <TableHead columns={columns} rightAligned={rightAligned} menu />
      <Table.Body>{children}</Table.Body>
    </Table>
  </div>
)
