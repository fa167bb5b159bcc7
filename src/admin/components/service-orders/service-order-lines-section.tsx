import { PencilSquare, Trash } from "@medusajs/icons"
import { Badge, Table, usePrompt } from "@medusajs/ui"
import type { ServiceOrder, ServiceOrderLine } from "../../../types"
import { toastError, toastSuccess } from "../../lib/errors"
import { formatDate, formatMoney, humanize, toNumber } from "../../lib/format"
import { useDeleteServiceOrderLine } from "../../lib/hooks/service-orders"
import { ActionMenu } from "../action-menu"
import { Can } from "../can"
import { LineDrawer } from "../line-drawer"
import { LockableSection } from "../stage-lock"
import { useLineNames } from "../use-line-names"
import { useEditing } from "../use-editing"
import { EmptyText, LinesTable } from "../section-table"

const COLUMNS = ["Type", "Description", "Qty", "Unit cost", "Unit price", "Billable", "Line total"]
const RIGHT_ALIGNED = ["Qty", "Unit cost", "Unit price", "Line total"]

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

/** The order's hours, items, expenses and fees, which the stage's rules may lock. */
export const ServiceOrderLinesSection = ({ order }: { order: ServiceOrder }) => {
  const drawer = useEditing<ServiceOrderLine>()
  const prompt = usePrompt()
  const remove = useDeleteServiceOrderLine(order.id)
  const lines = [...(order.lines ?? [])].sort(
    (a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime()
  )
  const taskName = useLineNames(lines)
  const lockedReason = linesLockedReason(order)
  const cur = order.currency_code

  const onDelete = async (line: ServiceOrderLine) => {
    const confirmed = await prompt({
      title: "Delete line?",
      description: `"${line.description || humanize(line.type)}" will be removed from ${order.number}.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (confirmed) {
      remove.mutate(line.id, { onSuccess: () => toastSuccess("Line was deleted"), onError: toastError })
    }
  }
  const lineActions = (line: ServiceOrderLine) =>
    [
      { label: "Edit", icon: <PencilSquare />, onClick: () => drawer.edit(line) },
      { label: "Delete", icon: <Trash />, onClick: () => onDelete(line) },
    ].map((action) => ({ actions: [{ ...action, disabled: !!lockedReason, disabledReason: lockedReason ?? undefined }] }))

  return (
    <LockableSection
      title="Lines"
      lockedReason={lockedReason}
      lockTestId="lines-locked"
      add={{ label: "Add line", onClick: drawer.create, testId: "add-line-button" }}
    >
      {lines.length === 0 ? (
        <EmptyText>No lines yet. Add the hours worked, items used, expenses and fees.</EmptyText>
      ) : (
        <LinesTable testId="lines-table" columns={COLUMNS} rightAligned={RIGHT_ALIGNED}>
          {lines.map((line) => {
            const qty = toNumber(line.quantity)
            const detail = [taskName(line.service_task_id), line.work_date ? formatDate(line.work_date) : null]
              .filter(Boolean)
              .join(" · ")
            return (
              <Table.Row key={line.id} data-testid="line-row">
                <Table.Cell>
                  <Badge size="2xsmall">{humanize(line.type)}</Badge>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col py-2">
                    <span className="text-ui-fg-base">{line.description || "–"}</span>
                    {detail && <span className="txt-compact-xsmall text-ui-fg-subtle">{detail}</span>}
                  </div>
                </Table.Cell>
                <Table.Cell className="text-right">{qty}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(line.unit_cost, cur)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(line.unit_price, cur)}</Table.Cell>
                <Table.Cell>{line.billable ? "Yes" : "No"}</Table.Cell>
                <Table.Cell className={line.billable ? "text-right" : "text-ui-fg-muted text-right line-through"}>
                  {formatMoney(qty * toNumber(line.unit_price), cur)}
                </Table.Cell>
                <Table.Cell>
                  <Can permission="service_orders.work">
                    <ActionMenu testId="line-actions" groups={lineActions(line)} />
                  </Can>
                </Table.Cell>
              </Table.Row>
            )
          })}
        </LinesTable>
      )}
      <LineDrawer
        open={drawer.open}
        onOpenChange={drawer.onOpenChange}
        orderId={order.id}
        currencyCode={order.currency_code}
        line={drawer.record}
      />
    </LockableSection>
  )
}
