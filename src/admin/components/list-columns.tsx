import { createDataTableColumnHelper } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { CustomerRef } from "../../types"
import { CustomerCell } from "./customer-cell"

/** A row's identifying value (its number or name), in the base text colour. */
export const strongCell = ({ getValue }: { getValue: () => ReactNode }) => (
  <span className="txt-compact-small-plus text-ui-fg-base">{getValue()}</span>
)

/** A cell of free text cut at `maxWidth` (a Tailwind class), "–" when empty. */
export const truncatedCell =
  (maxWidth: string) =>
  ({ getValue }: { getValue: () => ReactNode }) => <span className={`block ${maxWidth} truncate`}>{getValue() || "–"}</span>

/** The "Customer" column of a list of records that carry their customer. */
export const customerColumn = <T extends { customer?: CustomerRef | null }>() =>
  createDataTableColumnHelper<T>().display({
    id: "customer",
    header: "Customer",
    cell: ({ row }) => <CustomerCell customer={row.original.customer} />,
  })
