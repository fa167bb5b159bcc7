import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { FeeTransaction } from "../../../types"
import { formatMoney } from "../../lib/format"
import { FeeStatusBadge } from "./subscription-badges"
import { formatPeriod } from "./subscription-format"

export const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/**
 * Fees with the order that invoiced each. A subscription's history shows the billable days; a
 * billing run's list, which subscription each fee bills.
 */
export const FeeTransactionsTable = ({ fees, extra }: { fees: FeeTransaction[]; extra: "days" | "subscription" }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        {extra === "subscription" && <Table.HeaderCell>Subscription</Table.HeaderCell>}
        <Table.HeaderCell>Period</Table.HeaderCell>
        {extra === "days" && <Table.HeaderCell>Days</Table.HeaderCell>}
        <Table.HeaderCell>Amount</Table.HeaderCell>
        <Table.HeaderCell>Status</Table.HeaderCell>
        <Table.HeaderCell>Order</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {fees.map((f) => (
        <Table.Row key={f.id} data-testid="fee-row">
          {extra === "subscription" && (
            <Table.Cell>
              <Link to={`/service-subscriptions/${f.subscription_id}`} className={linkClass}>
                {f.subscription?.number ?? f.subscription_id}
              </Link>
            </Table.Cell>
          )}
          <Table.Cell>{formatPeriod(f.period_start, f.period_end)}</Table.Cell>
          {extra === "days" && (
            <Table.Cell>
              {f.billable_days} / {f.period_days}
            </Table.Cell>
          )}
          <Table.Cell>
            {formatMoney(f.amount, f.currency_code)}
            {f.status === "credited" && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {formatMoney(f.credit_amount, f.currency_code)} credited
              </Text>
            )}
          </Table.Cell>
          <Table.Cell>
            <FeeStatusBadge status={f.status} />
          </Table.Cell>
          <Table.Cell>
            {/* A pending fee's order is still being written by its run. */}
            {f.order_id && f.status !== "pending" ? (
              <Link to={`/orders/${f.order_id}`} className={linkClass}>
                {f.order?.display_id ? `#${f.order.display_id}` : "View order"}
              </Link>
            ) : (
              "–"
            )}
          </Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
