import { Button, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { z } from "zod"
import type { ServiceEstimate, ServiceOrder } from "../../../types"
import { toastSuccess } from "../../lib/errors"
import { formatDate, formatDateTime, formatMoney, humanize } from "../../lib/format"
import { useDraftServiceEstimate, useSendServiceEstimate, useServiceEstimate } from "../../lib/hooks/estimates"
import { Can } from "../can"
import { Explained } from "../explained"
import { FormDate } from "../form/form-date"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer } from "../form-drawer"
import { Section } from "../section"
import { SectionRow } from "../section-row"

const STATUS_COLORS: Record<string, "grey" | "blue" | "green" | "red" | "orange"> = {
  draft: "grey",
  sent: "blue",
  accepted: "green",
  declined: "red",
  expired: "orange",
  superseded: "grey",
}

const ValidUntil = z.object({ valid_until: z.string().min(1, "Choose the date the estimate is valid until") })

/** The repair estimate: built from the billable lines, sent with a validity date, and the customer's answer. */
export const ServiceOrderEstimateSection = ({ order }: { order: ServiceOrder }) => {
  const { data } = useServiceEstimate(order.id)
  const draft = useDraftServiceEstimate(order.id)
  const send = useSendServiceEstimate(order.id)
  const [drawer, setDrawer] = useState<"draft" | "send" | null>(null)
  const estimate = data?.estimate ?? null
  const form = useDrawerForm(ValidUntil, !!drawer, { valid_until: estimate?.valid_until ? String(estimate.valid_until).slice(0, 10) : "" })
  const actions = data?.allowed_actions

  return (
    <Section
      testId="estimate-section"
      title="Estimate"
      actions={
        <Can permission="service_orders.estimate">
          <div className="flex gap-2">
            <Explained reason={actions?.draft.reason}>
              <Button size="small" variant="secondary" disabled={!actions?.draft.allowed} onClick={() => setDrawer("draft")} data-testid="estimate-draft-button">
                {estimate ? "New version" : "Build estimate"}
              </Button>
            </Explained>
            <Explained reason={actions?.send.reason}>
              <Button size="small" disabled={!actions?.send.allowed} onClick={() => setDrawer("send")} data-testid="estimate-send-button">
                Send
              </Button>
            </Explained>
          </div>
        </Can>
      }
    >
      {estimate ? (
        <EstimateDetails estimate={estimate} />
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No estimate yet: build one from the billable lines and send it for the customer to accept.
          </Text>
        </div>
      )}
      <FormDrawer
        form={form}
        open={!!drawer}
        onOpenChange={(open) => !open && setDrawer(null)}
        title={drawer === "send" ? "Send the estimate" : "Build an estimate"}
        description={
          drawer === "send"
            ? "The customer is notified and can accept or decline until this date; the SLA clock pauses until they answer."
            : "A new version from the billable lines; it replaces the current one, which then needs no answer (an accepted one's order is cancelled)."
        }
        submitLabel={drawer === "send" ? "Send" : "Build"}
        testId="estimate-drawer"
        errorTestId="estimate-error"
        onSubmit={async ({ valid_until }) => {
          const body = { valid_until: new Date(`${valid_until}T23:59:59`).toISOString() }
          if (drawer === "send") {
            await send.mutateAsync(body)
            toastSuccess("Estimate sent to the customer")
          } else {
            await draft.mutateAsync(body)
            toastSuccess("Estimate drafted")
          }
        }}
      >
        <FormDate control={form.control} name="valid_until" label="Valid until" id="estimate-valid-until" />
      </FormDrawer>
    </Section>
  )
}

const EstimateDetails = ({ estimate }: { estimate: ServiceEstimate }) => (
  <>
    <SectionRow
      title={`Version ${estimate.version}`}
      value={
        <StatusBadge color={STATUS_COLORS[estimate.status] ?? "grey"} data-testid="estimate-status">
          {humanize(estimate.status)}
        </StatusBadge>
      }
    />
    <SectionRow title="Valid until" value={formatDate(estimate.valid_until)} />
    {estimate.sent_at ? <SectionRow title="Sent" value={formatDateTime(estimate.sent_at)} /> : null}
    {estimate.answered_at ? <SectionRow title="Answered" value={formatDateTime(estimate.answered_at)} /> : null}
    {estimate.answer_note ? <SectionRow title="Customer's note" value={estimate.answer_note} /> : null}
    {estimate.order ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Line</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Quantity</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {estimate.order.items.map((item) => (
            <Table.Row key={item.id}>
              <Table.Cell>{item.title}</Table.Cell>
              <Table.Cell className="text-right">{item.quantity}</Table.Cell>
              <Table.Cell className="text-right">{formatMoney(item.total, estimate.currency_code)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : null}
    <SectionRow title="Total" value={<span data-testid="estimate-total">{formatMoney(estimate.order?.total ?? 0, estimate.currency_code)}</span>} />
  </>
)
