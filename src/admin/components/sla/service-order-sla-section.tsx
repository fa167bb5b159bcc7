import { Badge, Button, Container, Heading, Table, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatDateTime, humanize } from "../../lib/format"
import { formatMinutes } from "../../lib/sla-format"
import { useServiceOrderSla } from "../../lib/hooks/slas"
import type { SlaEvent, SlaMetricView } from "../../../types"
import { SectionRow } from "../section-row"
import { TableHead } from "../section-table"
import { Actor } from "../stage-timeline"
import { RecordSlaEventDrawer, possibleSlaEvents } from "./record-sla-event-drawer"
import { SlaStatusBadge } from "./sla-badges"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

const MetricRow = ({ label, metric, testId }: { label: string; metric: SlaMetricView; testId: string }) => (
  <Table.Row data-testid={testId}>
    <Table.Cell className="txt-compact-small-plus">{label}</Table.Cell>
    <Table.Cell>{formatMinutes(metric.target_minutes)}</Table.Cell>
    <Table.Cell data-testid={`${testId}-actual`}>{formatMinutes(metric.actual_minutes)}</Table.Cell>
    <Table.Cell>{metric.met_at ? "–" : formatMinutes(metric.remaining_minutes)}</Table.Cell>
    <Table.Cell>
      {metric.met_at ? (
        <Tooltip content={`Met ${formatDateTime(metric.met_at)}`}>
          <span>{formatDateTime(metric.due_at ?? metric.met_at)}</span>
        </Tooltip>
      ) : (
        formatDateTime(metric.due_at)
      )}
    </Table.Cell>
    <Table.Cell>
      <SlaStatusBadge status={metric.status} testId={`${testId}-status`} />
    </Table.Cell>
  </Table.Row>
)

const EVENT_LABELS: Record<SlaEvent["type"], string> = { start: "Start", pause: "Pause", resume: "Resume", stop: "Stop" }

const SourceActor = ({ e }: { e: SlaEvent }) =>
  e.source === "stage" ? (
    <span>
      Stage move · <Actor type={e.actor_type} id={e.actor_id} />
    </span>
  ) : (
    <Actor type={e.actor_type} id={e.actor_id} />
  )

/**
 * A service order's SLA: targets against elapsed business time, remaining time, due times and
 * status per metric; "Record SLA event"; and the SLA log (oldest first).
 */
export const ServiceOrderSlaSection = ({
  order,
}: {
  order: { id: string; agreement?: { id: string; number?: string | null; name?: string | null } | null }
}) => {
  const { data, isLoading, isError, error } = useServiceOrderSla(order.id)
  const [open, setOpen] = useState(false)
  const canRecord = possibleSlaEvents(data?.clock ?? null).length > 0
  const agreement = order.agreement

  return (
    <Container className="divide-y p-0" data-testid="service-order-sla">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">SLA</Heading>
          <Text size="small" className="text-ui-fg-subtle" data-testid="service-order-sla-name">
            {data?.sla ? `${data.sla.name} (${data.sla.code}) · ${data.sla.timezone}${data.sla.deleted ? " · deleted" : ""}` : " "}
          </Text>
        </div>
        {data?.clock && (
          <div className="flex items-center gap-x-2">
            {data.clock.paused && (
              <Badge size="2xsmall" color="orange" data-testid="sla-paused">
                Paused since {formatDateTime(data.clock.paused_since)}
              </Badge>
            )}
            <Button size="small" variant="secondary" disabled={!canRecord} onClick={() => setOpen(true)} data-testid="record-sla-event-button">
              Record SLA event
            </Button>
          </div>
        )}
      </div>
      {agreement && (
        <SectionRow
          title="Agreement"
          value={
            <Link to={`/service-agreements/${agreement.id}`} className={linkClass} data-testid="service-order-agreement-link">
              {agreement.number}
              {agreement.name ? ` · ${agreement.name}` : ""}
            </Link>
          }
        />
      )}
      {isLoading ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading the SLA…
        </Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {(error as Error)?.message ?? "Could not load the SLA."}
        </Text>
      ) : !data?.sla || !data.clock ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          This order has no SLA: none applied when it was created (no agreement SLA, customer group SLA or default).
        </Text>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <TableHead columns={["Metric", "Target", "Elapsed", "Remaining", "Due", "Status"]} />
              <Table.Body>
                <MetricRow label="Response" metric={data.clock.response} testId="sla-response" />
                <MetricRow label="Resolution" metric={data.clock.resolution} testId="sla-resolution" />
              </Table.Body>
            </Table>
          </div>
          <div className="px-6 py-4">
            <Text size="small" weight="plus" className="mb-2">
              SLA log
            </Text>
            {data.events.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle">
                No events.
              </Text>
            ) : (
              <Table data-testid="sla-log">
                <TableHead columns={["Time", "Event", "Metric", "Reason", "Note", "By"]} />
                <Table.Body>
                  {data.events.map((e) => (
                    <Table.Row key={e.id} data-testid="sla-log-row" data-type={e.type}>
                      <Table.Cell className="whitespace-nowrap">{formatDateTime(e.occurred_at)}</Table.Cell>
                      <Table.Cell>{EVENT_LABELS[e.type] ?? e.type}</Table.Cell>
                      <Table.Cell>{e.metric ? humanize(e.metric) : "–"}</Table.Cell>
                      <Table.Cell>{e.reason_code ? <code className="txt-compact-xsmall">{e.reason_code}</code> : "–"}</Table.Cell>
                      <Table.Cell>
                        <span className="block max-w-[200px] truncate" title={e.note ?? undefined}>
                          {e.note || "–"}
                        </span>
                      </Table.Cell>
                      <Table.Cell>
                        <SourceActor e={e} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
          </div>
        </>
      )}
      <RecordSlaEventDrawer open={open} onOpenChange={setOpen} orderId={order.id} clock={data?.clock ?? null} />
    </Container>
  )
}
