import { ArrowPath, PencilSquare } from "@medusajs/icons"
import { Button, Container } from "@medusajs/ui"
import { DetailHeader } from "../detail-header"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { ServiceOrder, ServiceStage } from "../../../types"
import { customerName, formatDateTime, humanize } from "../../lib/format"
import { useCan } from "../../lib/hooks/roles"
import { ActionMenu } from "../action-menu"
import { PriorityBadge, StageBadge } from "../badges"
import { EditServiceOrderDrawer } from "../edit-service-order-drawer"
import { MoveStageDrawer, allowedNextStages } from "../move-stage-drawer"
import { SectionRow } from "../section-row"
import { Explained } from "../explained"
import { ServiceOrderDocumentButtons } from "./service-order-documents"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/** Why the order cannot move stage now, or null when it can. */
const moveBlockedReason = (order: ServiceOrder, next: ServiceStage[]): string | null =>
  order.stage?.is_terminal
    ? `"${order.stage.name}" is a final stage.`
    : next.length === 0
      ? `No stage may follow "${order.stage?.name}".`
      : null

/** The order's heading (number, stage, priority), its edit and move actions, and who and what it is for. */
export const ServiceOrderGeneralSection = ({ order, stages }: { order: ServiceOrder; stages: ServiceStage[] }) => {
  const [editOpen, setEditOpen] = useState(false)
  const [moveOpen, setMoveOpen] = useState(false)
  const canEdit = useCan("service_orders.write")
  const canMove = useCan("service_orders.transition")
  const terminal = !!order.stage?.is_terminal
  const moveDisabledReason = moveBlockedReason(order, allowedNextStages(order, stages))
  const moveButton = (
    <Button
      size="small"
      variant="secondary"
      disabled={!!moveDisabledReason}
      onClick={() => setMoveOpen(true)}
      data-testid="move-stage-button"
    >
      Move stage
    </Button>
  )
  const actions = [
    ...(canEdit
      ? [
          {
            label: "Edit",
            icon: <PencilSquare />,
            onClick: () => setEditOpen(true),
            disabled: terminal,
            disabledReason: terminal ? `"${order.stage.name}" is a final stage; the order can no longer be edited.` : undefined,
          },
        ]
      : []),
    ...(canMove
      ? [
          {
            label: "Move stage",
            icon: <ArrowPath />,
            onClick: () => setMoveOpen(true),
            disabled: !!moveDisabledReason,
            disabledReason: moveDisabledReason ?? undefined,
          },
        ]
      : []),
  ]
  const customer = order.customer
  const object = order.service_object

  return (
    <Container className="divide-y p-0">
      <DetailHeader
        number={order.number}
        numberTestId="service-order-number"
        badges={
          <>
            <span data-testid="service-order-stage">
              <StageBadge stage={order.stage} />
            </span>
            <PriorityBadge priority={order.priority} />
          </>
        }
        subtitle={order.title || "Untitled service order"}
      >
        <ServiceOrderDocumentButtons order={order} />
        {canMove && <Explained reason={moveDisabledReason}>{moveButton}</Explained>}
        {actions.length ? <ActionMenu testId="service-order-actions" groups={[{ actions }]} /> : null}
      </DetailHeader>
      <SectionRow
        title="Customer"
        value={
          customer ? (
            <Link to={`/customers/${customer.id}`} className={linkClass}>
              {customerName(customer)}
              {customer.email && customerName(customer) !== customer.email ? ` (${customer.email})` : ""}
            </Link>
          ) : (
            order.customer_id
          )
        }
      />
      <SectionRow
        title="Service object"
        value={
          object ? (
            <Link to={`/service-objects/${object.id}`} className={linkClass}>
              {object.name}
              {object.serial_number ? ` · ${object.serial_number}` : ""}
            </Link>
          ) : (
            "–"
          )
        }
      />
      <SectionRow title="Description" value={order.description || "–"} />
      <SectionRow title="Internal note" value={order.internal_note || "–"} />
      <SectionRow title="Channel" value={humanize(order.channel)} />
      <SectionRow title="Created" value={formatDateTime(order.created_at)} />
      <SectionRow title="In stage since" value={formatDateTime(order.stage_changed_at)} />
      <EditServiceOrderDrawer open={editOpen} onOpenChange={setEditOpen} order={order} />
      <MoveStageDrawer open={moveOpen} onOpenChange={setMoveOpen} order={order} stages={stages} />
    </Container>
  )
}
