import { PauseSolid, PencilSquare, PlaySolid, XCircle } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { DetailHeader } from "../detail-header"
import { useState, type ReactNode } from "react"
import { Link } from "react-router-dom"
import type { ServiceSubscription, SubscriptionAction } from "../../../types"
import { customerName, formatDate } from "../../lib/format"
import { ActionMenu, type Action } from "../action-menu"
import { SectionRow } from "../section-row"
import { linkClass } from "./fee-transactions-table"
import { SubscriptionActionDrawer } from "./subscription-action-drawer"
import { SubscriptionStatusBadge } from "./subscription-badges"
import { SubscriptionDrawer } from "./subscription-drawer"
import { formatTerms } from "./subscription-format"

/** The subscription's terms, customer and dates, with edit, pause, resume and cancel. */
export const SubscriptionGeneralSection = ({ subscription: s }: { subscription: ServiceSubscription }) => {
  const [editOpen, setEditOpen] = useState(false)
  const [action, setAction] = useState<SubscriptionAction | null>(null)
  // The API's `allowed_actions` decides; a refused move stays in the menu with the API's reason.
  const move = (act: SubscriptionAction, label: string, icon: ReactNode): Action => {
    const availability = s.allowed_actions?.[act]
    return { label, icon, onClick: () => setAction(act), disabled: !availability?.allowed, disabledReason: availability?.reason }
  }
  const moves = [
    move("pause", "Pause", <PauseSolid />),
    move("resume", "Resume", <PlaySolid />),
    move("cancel", "Cancel subscription", <XCircle />),
  ]
  const actions: Action[] = [
    ...(s.status !== "cancelled" ? [{ label: "Edit", icon: <PencilSquare />, onClick: () => setEditOpen(true) }] : []),
    ...(moves.some((m) => !m.disabled) ? moves : []),
  ]
  const openPause = (s.pauses ?? []).find((p) => !p.to)
  return (
    <Container className="divide-y p-0">
      <DetailHeader
        number={s.number}
        numberTestId="subscription-number"
        badges={<SubscriptionStatusBadge status={s.status} />}
        subtitle={s.description}
      >
        {actions.length > 0 && <ActionMenu testId="subscription-actions" groups={[{ actions }]} />}
      </DetailHeader>
      <SectionRow title="Fee" value={<span data-testid="subscription-terms">{formatTerms(s)}</span>} />
      <SectionRow
        title="Customer"
        value={
          s.customer ? (
            <Link to={`/customers/${s.customer_id}`} className={linkClass}>
              {customerName(s.customer)}
            </Link>
          ) : (
            s.customer_id
          )
        }
      />
      <SectionRow title="Group" value={s.group?.name ?? "–"} />
      <SectionRow title="Starts" value={formatDate(s.start_date)} />
      <SectionRow title="Ends" value={formatDate(s.end_date)} />
      {openPause && <SectionRow title="Paused since" value={formatDate(openPause.from)} />}
      {s.cancel_from && <SectionRow title="Cancelled from" value={formatDate(s.cancel_from)} />}
      <SectionRow title="Next billing" value={<span data-testid="subscription-next-billing">{formatDate(s.next_due_at)}</span>} />
      <SubscriptionDrawer open={editOpen} onOpenChange={setEditOpen} subscription={s} />
      <SubscriptionActionDrawer subscription={s} action={action} onOpenChange={(o) => !o && setAction(null)} />
    </Container>
  )
}
