import { PencilSquare, Trash } from "@medusajs/icons"
import { Badge, Table } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AgreementLine, ServiceAgreement } from "../../../types"
import { formatMoney, humanize, toNumber } from "../../lib/format"
import { ActionMenu } from "../action-menu"
import { LineOccurrences } from "./line-occurrences"
import { AllowanceCell } from "./allowance-fields"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

type Props = {
  agreement: ServiceAgreement
  line: AgreementLine
  /** The task's or object's name for its id. */
  nameOf: (id: string) => string
  lockedReason?: string
  onEdit: () => void
  onDelete: () => void
}

/** One agreement line: what it provides, for which object, at what price, when it recurs and what its allowance has left. */
export const AgreementLineRow = ({ agreement, line, nameOf, lockedReason, onEdit, onDelete }: Props) => {
  const cur = agreement.currency_code
  const locked = { disabled: !!lockedReason, disabledReason: lockedReason }
  return (
    <Table.Row data-testid="agreement-line-row">
      <Table.Cell>
        <Badge size="2xsmall">{humanize(line.type)}</Badge>
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col py-2">
          <span className="text-ui-fg-base">{line.description}</span>
          {line.service_task_id && <span className="txt-compact-xsmall text-ui-fg-subtle">{nameOf(line.service_task_id)}</span>}
        </div>
      </Table.Cell>
      <Table.Cell>
        {line.service_object_id ? (
          <Link to={`/service-objects/${line.service_object_id}`} className={linkClass}>
            {nameOf(line.service_object_id)}
          </Link>
        ) : (
          "–"
        )}
      </Table.Cell>
      <Table.Cell className="text-right">{toNumber(line.quantity)}</Table.Cell>
      <Table.Cell className="text-right">{formatMoney(line.unit_price, cur)}</Table.Cell>
      <Table.Cell className="text-right">{formatMoney(line.unit_cost, cur)}</Table.Cell>
      <Table.Cell>
        {line.recurrence ? (
          <div className="flex flex-col py-2">
            <span className="text-ui-fg-base" data-testid="line-recurrence-text">
              {humanize(line.recurrence_text)}
            </span>
            <code className="txt-compact-xsmall text-ui-fg-muted">{line.recurrence}</code>
          </div>
        ) : (
          <span className="text-ui-fg-muted">Not recurring</span>
        )}
      </Table.Cell>
      <Table.Cell>{line.recurrence ? <LineOccurrences agreementId={agreement.id} lineId={line.id} /> : "–"}</Table.Cell>
      <Table.Cell>
        <AllowanceCell line={line} />
      </Table.Cell>
      <Table.Cell>
        <ActionMenu
          testId="agreement-line-actions"
          groups={[
            { actions: [{ label: "Edit", icon: <PencilSquare />, onClick: onEdit, ...locked }] },
            { actions: [{ label: "Delete", icon: <Trash />, onClick: onDelete, ...locked }] },
          ]}
        />
      </Table.Cell>
    </Table.Row>
  )
}
