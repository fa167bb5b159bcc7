import { ArrowPath, PencilSquare, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Heading,
  Table,
  Text,
  Tooltip,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { ActionMenu } from "../../../components/action-menu"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { ServiceOrderPostingSection } from "../../../components/posting/service-order-posting-section"
import { PriorityBadge, StageBadge } from "../../../components/badges"
import { EditServiceOrderDrawer } from "../../../components/edit-service-order-drawer"
import { LineDrawer } from "../../../components/line-drawer"
import { MoveStageDrawer, allowedNextStages } from "../../../components/move-stage-drawer"
import { SectionRow, TwoColumnLayout } from "../../../components/section-row"
import { StageTimeline } from "../../../components/stage-timeline"
import { ServiceOrderSlaSection } from "../../../components/sla/service-order-sla-section"
import { ServiceOrderAssignmentsSection } from "../../../components/dispatch/service-order-assignments-section"
import { ServiceOrderRepairsSection } from "../../../components/repairs/service-order-repairs-section"
import { LockableAddButton, LockedNotice } from "../../../components/stage-lock"
import { toastError, toastSuccess } from "../../../lib/errors"
import {
  customerName,
  formatDate,
  formatDateTime,
  formatMoney,
  formatPercent,
  humanize,
  marginPercent,
  toNumber,
} from "../../../lib/format"
import { useDeleteServiceOrderLine, useServiceOrder } from "../../../lib/hooks/service-orders"
import { useServiceStages } from "../../../lib/hooks/stages"
import { useServiceTasks } from "../../../lib/hooks/tasks"
import type { ServiceOrder, ServiceOrderLine, ServiceStage } from "../../../lib/types"
import { withPermission } from "../../../components/can"
import { Can } from "../../../components/can"
import { useCan } from "../../../lib/hooks/roles"

/** Why lines cannot change in the order's current stage, or null when they can. */
const linesLockedReason = (order: ServiceOrder): string | null => {
  const stage = order.stage
  if (stage?.is_terminal) {
    return `Lines cannot be changed: "${stage.name}" is a final stage.`
  }
  if (stage && stage.allow_edit_lines === false) {
    return `Lines cannot be changed while the order is in stage "${stage.name}" (its rules do not allow editing lines).`
  }
  return null
}

const HeaderSection = ({
  order,
  stages,
  onEdit,
  onMove,
}: {
  order: ServiceOrder
  stages: ServiceStage[]
  onEdit: () => void
  onMove: () => void
}) => {
  const next = allowedNextStages(order, stages)
  const canEdit = useCan("service_orders.write")
  const canMove = useCan("service_orders.transition")
  const terminal = !!order.stage?.is_terminal
  const moveDisabledReason = terminal
    ? `"${order.stage.name}" is a final stage.`
    : next.length === 0
      ? `No stage may follow "${order.stage?.name}".`
      : null
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-x-2">
            <Heading data-testid="service-order-number">{order.number}</Heading>
            <span data-testid="service-order-stage">
              <StageBadge stage={order.stage} />
            </span>
            <PriorityBadge priority={order.priority} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {order.title || "Untitled service order"}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          {!canMove ? null : moveDisabledReason ? (
            <Tooltip content={moveDisabledReason}>
              <span>
                <Button size="small" variant="secondary" disabled data-testid="move-stage-button">
                  Move stage
                </Button>
              </span>
            </Tooltip>
          ) : (
            <Button size="small" variant="secondary" onClick={onMove} data-testid="move-stage-button">
              Move stage
            </Button>
          )}
          {canEdit || canMove ? (
            <ActionMenu
              testId="service-order-actions"
              groups={[
                {
                  actions: [
                    {
                      label: "Edit",
                      icon: <PencilSquare />,
                      onClick: onEdit,
                      disabled: terminal,
                      disabledReason: terminal ? `"${order.stage.name}" is a final stage; the order can no longer be edited.` : undefined,
                    },
                    {
                      label: "Move stage",
                      icon: <ArrowPath />,
                      onClick: onMove,
                      disabled: !!moveDisabledReason,
                      disabledReason: moveDisabledReason ?? undefined,
                    },
                  ].filter((a) => (a.label === "Edit" ? canEdit : canMove)),
                },
              ]}
            />
          ) : null}
        </div>
      </div>
      <SectionRow
        title="Customer"
        value={
          order.customer ? (
            <Link
              to={`/customers/${order.customer.id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"
            >
              {customerName(order.customer)}
              {order.customer.email && customerName(order.customer) !== order.customer.email
                ? ` (${order.customer.email})`
                : ""}
            </Link>
          ) : (
            order.customer_id
          )
        }
      />
      <SectionRow
        title="Service object"
        value={
          order.service_object ? (
            <Link
              to={`/service-objects/${order.service_object.id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"
            >
              {order.service_object.name}
              {order.service_object.serial_number ? ` · ${order.service_object.serial_number}` : ""}
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
    </Container>
  )
}

const LinesSection = ({ order }: { order: ServiceOrder }) => {
  const [drawer, setDrawer] = useState<{ open: boolean; line: ServiceOrderLine | null }>({ open: false, line: null })
  const prompt = usePrompt()
  const remove = useDeleteServiceOrderLine(order.id)
  const tasks = useServiceTasks({ limit: 200 })
  const taskName = (id?: string | null) => (id ? tasks.data?.service_tasks.find((t) => t.id === id)?.name : undefined)
  const lockedReason = linesLockedReason(order)
  const lines = [...(order.lines ?? [])].sort(
    (a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime()
  )
  const cur = order.currency_code

  const onDelete = async (line: ServiceOrderLine) => {
    const confirmed = await prompt({
      title: "Delete line?",
      description: `"${line.description || humanize(line.type)}" will be removed from ${order.number}.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    remove.mutate(line.id, { onSuccess: () => toastSuccess("Line was deleted"), onError: toastError })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Lines</Heading>
        <LockableAddButton
          label="Add line"
          lockedReason={lockedReason}
          onClick={() => setDrawer({ open: true, line: null })}
          testId="add-line-button"
        />
      </div>
      <LockedNotice reason={lockedReason} testId="lines-locked" />
      {lines.length === 0 ? (
        <div className="px-6 py-6">
          <Text size="small" className="text-ui-fg-subtle">
            No lines yet. Add the hours worked, items used, expenses and fees.
          </Text>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table data-testid="lines-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell>Description</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Unit cost</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Unit price</Table.HeaderCell>
                <Table.HeaderCell>Billable</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Line total</Table.HeaderCell>
                <Table.HeaderCell className="w-[52px]" />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {lines.map((line) => {
                const qty = toNumber(line.quantity)
                const total = qty * toNumber(line.unit_price)
                return (
                  <Table.Row key={line.id} data-testid="line-row">
                    <Table.Cell>
                      <Badge size="2xsmall">{humanize(line.type)}</Badge>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col py-2">
                        <span className="text-ui-fg-base">{line.description || "–"}</span>
                        {(taskName(line.service_task_id) || line.work_date) && (
                          <span className="txt-compact-xsmall text-ui-fg-subtle">
                            {[taskName(line.service_task_id), line.work_date ? formatDate(line.work_date) : null]
                              .filter(Boolean)
                              .join(" · ")}
                          </span>
                        )}
                      </div>
                    </Table.Cell>
                    <Table.Cell className="text-right">{qty}</Table.Cell>
                    <Table.Cell className="text-right">{formatMoney(line.unit_cost, cur)}</Table.Cell>
                    <Table.Cell className="text-right">{formatMoney(line.unit_price, cur)}</Table.Cell>
                    <Table.Cell>{line.billable ? "Yes" : "No"}</Table.Cell>
                    <Table.Cell className={line.billable ? "text-right" : "text-ui-fg-muted text-right line-through"}>
                      {formatMoney(total, cur)}
                    </Table.Cell>
                    <Table.Cell>
                      <Can permission="service_orders.work">
                        <ActionMenu
                          testId="line-actions"
                          groups={[
                            {
                              actions: [
                                {
                                  label: "Edit",
                                  icon: <PencilSquare />,
                                  onClick: () => setDrawer({ open: true, line }),
                                  disabled: !!lockedReason,
                                  disabledReason: lockedReason ?? undefined,
                                },
                              ],
                            },
                            {
                              actions: [
                                {
                                  label: "Delete",
                                  icon: <Trash />,
                                  onClick: () => onDelete(line),
                                  disabled: !!lockedReason,
                                  disabledReason: lockedReason ?? undefined,
                                },
                              ],
                            },
                          ]}
                        />
                      </Can>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      <LineDrawer
        open={drawer.open}
        onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))}
        orderId={order.id}
        currencyCode={order.currency_code}
        line={drawer.line}
      />
    </Container>
  )
}

const TotalsSection = ({ order }: { order: ServiceOrder }) => {
  const pct = marginPercent(order.revenue_total, order.margin_total)
  const negative = toNumber(order.margin_total) < 0
  return (
    <Container className="divide-y p-0" data-testid="totals">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Totals</Heading>
        <Text size="small" className="text-ui-fg-muted">
          {order.currency_code?.toUpperCase()}
        </Text>
      </div>
      <SectionRow title="Revenue" value={<span data-testid="total-revenue">{formatMoney(order.revenue_total, order.currency_code)}</span>} />
      <SectionRow title="Cost" value={<span data-testid="total-cost">{formatMoney(order.cost_total, order.currency_code)}</span>} />
      <SectionRow
        title="Margin"
        value={
          <span data-testid="total-margin" className={negative ? "text-ui-fg-error" : "text-ui-fg-base"}>
            {formatMoney(order.margin_total, order.currency_code)}
          </span>
        }
      />
      <SectionRow
        title="Margin %"
        value={
          <span data-testid="total-margin-percent" className={negative ? "text-ui-fg-error" : undefined}>
            {formatPercent(pct)}
          </span>
        }
      />
    </Container>
  )
}

/** One service order: header, lines, repairs, SLA, assignments, totals, posting and the stage history. */
const ServiceOrderDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useServiceOrder(id)
  const stages = useServiceStages()
  const [editOpen, setEditOpen] = useState(false)
  const [moveOpen, setMoveOpen] = useState(false)

  if (isLoading) {
    return <DetailLoading noun="service order" />
  }
  if (isError || !data?.service_order) {
    return <DetailNotFound noun="Service order" error={error} listPath="/service-orders" listLabel="service orders" />
  }
  const order = data.service_order
  const allStages = stages.data?.service_stages ?? []

  return (
    <div className="flex flex-col gap-y-3">
      <TwoColumnLayout
        main={
          <>
            <HeaderSection order={order} stages={allStages} onEdit={() => setEditOpen(true)} onMove={() => setMoveOpen(true)} />
            <LinesSection order={order} />
            <ServiceOrderRepairsSection order={order} />
            <ServiceOrderSlaSection order={order} />
            <ServiceOrderAssignmentsSection order={order} />
          </>
        }
        side={
          <>
            <TotalsSection order={order} />
            <ServiceOrderPostingSection order={order} />
            <Container className="divide-y p-0">
              <div className="flex items-center justify-between px-6 py-4">
                <Heading level="h2">Stage history</Heading>
              </div>
              <StageTimeline transitions={order.stage_transitions ?? []} stages={allStages} />
            </Container>
          </>
        }
      />
      <EditServiceOrderDrawer open={editOpen} onOpenChange={setEditOpen} order={order} />
      <MoveStageDrawer open={moveOpen} onOpenChange={setMoveOpen} order={order} stages={allStages} />
    </div>
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  const { data } = useServiceOrder(id)
  return <span>{data?.service_order?.number ?? id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id ?? ""} />,
}

export default withPermission(ServiceOrderDetailPage, "service_orders.read", "see service orders")
