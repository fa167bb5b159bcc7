import { customerName } from "../lib/format"
import type { CustomerRef } from "../../types"

/** A customer in a table cell: the name, with the email beneath when the name is not the email. */
export const CustomerCell = ({ customer }: { customer?: CustomerRef | null }) => (
  <div className="flex flex-col">
    <span className="text-ui-fg-base">{customerName(customer)}</span>
    {customer?.email && customerName(customer) !== customer.email && (
      <span className="txt-compact-xsmall text-ui-fg-subtle">{customer.email}</span>
    )}
  </div>
)
