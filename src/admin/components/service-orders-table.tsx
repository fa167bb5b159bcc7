import { Table } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { formatDate, formatDateTime } from "../lib/format"
import { StageBadge } from "./badges"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

export type ServiceOrderRow = {
  id: string
  number: string
  title?: string | null
  created_at: string
  stage?: { name: string; code?: string; color?: string | null } | null
  resolution_due_at?: string | null
}

/** Service orders related to a record (its object, its agreement), each row opening the order. */
export const ServiceOrdersTable = ({
  orders,
  showResolutionDue,
  rowTestId,
}: {
  orders: ServiceOrderRow[]
  showResolutionDue?: boolean
  rowTestId?: string
}) => {
  const navigate = useNavigate()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Number</Table.HeaderCell>
          <Table.HeaderCell>Title</Table.HeaderCell>
          <Table.HeaderCell>Stage</Table.HeaderCell>
          {showResolutionDue && <Table.HeaderCell>Resolution due</Table.HeaderCell>}
          <Table.HeaderCell>Created</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {orders.map((o) => (
          <Table.Row key={o.id} className="cursor-pointer" onClick={() => navigate(`/service-orders/${o.id}`)} data-testid={rowTestId}>
            <Table.Cell className="txt-compact-small-plus">
              <Link to={`/service-orders/${o.id}`} className={linkClass} onClick={(e) => e.stopPropagation()}>
                {o.number}
              </Link>
            </Table.Cell>
            <Table.Cell>
              <span className="block max-w-[260px] truncate">{o.title || "–"}</span>
            </Table.Cell>
            <Table.Cell>
              <StageBadge stage={o.stage} />
            </Table.Cell>
            {showResolutionDue && <Table.Cell>{formatDateTime(o.resolution_due_at)}</Table.Cell>}
            <Table.Cell>{formatDate(o.created_at)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
