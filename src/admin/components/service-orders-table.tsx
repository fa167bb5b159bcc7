import { Link, useNavigate } from "react-router-dom"
import { formatDate, formatDateTime } from "../lib/format"
import type { ServiceOrderPriority } from "../../types"
import { PriorityBadge, StageBadge } from "./badges"
import { ReadOnlyTable, type ReadOnlyColumn } from "./read-only-table"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

export type ServiceOrderRow = {
  id: string
  number: string
  title?: string | null
  created_at: string
  stage?: { name: string; code?: string; color?: string | null } | null
  priority?: ServiceOrderPriority
  resolution_due_at?: string | null
}

const COLUMNS: ReadOnlyColumn<ServiceOrderRow>[] = [
  {
    header: "Number",
    className: "txt-compact-small-plus",
    cell: (o) => (
      <Link to={`/service-orders/${o.id}`} className={linkClass} onClick={(e) => e.stopPropagation()}>
        {o.number}
      </Link>
    ),
  },
  { header: "Title", cell: (o) => <span className="block max-w-[260px] truncate">{o.title || "–"}</span> },
  { header: "Stage", cell: (o) => <StageBadge stage={o.stage} /> },
]
const PRIORITY: ReadOnlyColumn<ServiceOrderRow> = { header: "Priority", cell: (o) => (o.priority ? <PriorityBadge priority={o.priority} /> : "–") }
const RESOLUTION_DUE: ReadOnlyColumn<ServiceOrderRow> = { header: "Resolution due", cell: (o) => formatDateTime(o.resolution_due_at) }
const CREATED: ReadOnlyColumn<ServiceOrderRow> = { header: "Created", cell: (o) => formatDate(o.created_at) }

/** Service orders related to a record (its object, agreement or customer), each row opening the order. */
export const ServiceOrdersTable = ({
  orders,
  showPriority,
  showResolutionDue,
  rowTestId,
  empty,
  isLoading,
  error,
}: {
  orders: ServiceOrderRow[]
  showPriority?: boolean
  showResolutionDue?: boolean
  rowTestId?: string
  empty: string
  isLoading?: boolean
  error?: unknown
}) => {
  const navigate = useNavigate()
  return (
    <ReadOnlyTable
      rows={orders}
      columns={[...COLUMNS, ...(showPriority ? [PRIORITY] : []), ...(showResolutionDue ? [RESOLUTION_DUE] : []), CREATED]}
      rowKey={(o) => o.id}
      rowProps={(o) => ({ onClick: () => navigate(`/service-orders/${o.id}`), "data-testid": rowTestId })}
      empty={empty}
      isLoading={isLoading}
      error={error}
    />
  )
}
