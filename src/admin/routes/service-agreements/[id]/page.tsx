import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, Tooltip, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate, useParams, type UIMatch } from "react-router-dom"
import { ActionMenu } from "../../../components/action-menu"
import { StageBadge } from "../../../components/badges"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { SectionRow, TwoColumnLayout } from "../../../components/section-row"
import { AgreementLineDrawer } from "../../../components/sla/agreement-line-drawer"
import { EditAgreementDrawer } from "../../../components/sla/edit-agreement-drawer"
import { AgreementStatusBadge } from "../../../components/sla/sla-badges"
import { toastMoveError, useLatest } from "../../../lib/conflicts"
import { toastError, toastSuccess } from "../../../lib/errors"
import { customerName, formatDate, formatDateTime, formatMoney, humanize, toNumber } from "../../../lib/format"
import { useServiceObjects } from "../../../lib/hooks/service-objects"
import { useServiceOrders } from "../../../lib/hooks/service-orders"
import { useServiceTasks } from "../../../lib/hooks/tasks"
import { dayToIso, formatDay, formatMinutes } from "../../../lib/sla-format"
import { useAgreementLineOccurrences, useDeleteAgreementLine, useDeleteServiceAgreement, useGenerateAgreementOrders, useServiceAgreement, useServiceAgreementAction } from "../../../lib/hooks/service-agreements"
import { AGREEMENT_ACTIONS, type AgreementAction, type AgreementLine, type ServiceAgreement } from "../../../lib/sla-types"
import { withPermission } from "../../../components/can"

const EDITABLE = ["draft", "active", "suspended"]

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

const HeaderSection = ({ agreement, onEdit }: { agreement: ServiceAgreement; onEdit: () => void }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const act = useServiceAgreementAction(agreement.id)
  const remove = useDeleteServiceAgreement()
  // Only the moves the API allows from this status (templates are never moved).
  const actions = agreement.is_template ? [] : AGREEMENT_ACTIONS.filter((a) => a.from.includes(agreement.status))
  const editable = EDITABLE.includes(agreement.status)

  const run = async (action: AgreementAction, label: string, destructive?: boolean) => {
    if (destructive) {
      const ok = await prompt({
        title: `${label} ${agreement.number}?`,
        description:
          action === "cancel"
            ? "A cancelled agreement generates no more orders and can no longer be changed."
            : "An expired agreement generates no more orders and can no longer be changed.",
        confirmText: label,
        cancelText: "Back",
      })
      if (!ok) {
        return
      }
    }
    send(action)
  }
  // From the status on the page; a Retry after a 409 moves from the status refetched since.
  const latest = useLatest(agreement)
  const send = (action: AgreementAction) =>
    act.mutate(
      { action, from_status: latest.current.status },
      {
        onSuccess: ({ service_agreement }) => toastSuccess(`${service_agreement.number} is ${service_agreement.status}`),
        onError: (error) => toastMoveError(error, () => send(action)),
      }
    )

  const onDelete = async () => {
    const ok = await prompt({
      title: `Delete ${agreement.number}?`,
      description: "The draft and its lines are deleted.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (ok) {
      remove.mutate(agreement.id, {
        onSuccess: () => {
          toastSuccess(`${agreement.number} was deleted`)
          navigate("/service-agreements")
        },
        onError: toastError,
      })
    }
  }

  const open = (agreement.suspensions ?? []).find((s) => !s.to)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-x-2">
            <Heading data-testid="agreement-number">{agreement.number}</Heading>
            <span data-testid="agreement-status">
              <AgreementStatusBadge status={agreement.status} isTemplate={agreement.is_template} />
            </span>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {agreement.name}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          {actions.map((a) => (
            <Button
              key={a.action}
              size="small"
              variant={a.action === "activate" || a.action === "resume" ? "primary" : "secondary"}
              isLoading={act.isPending && act.variables?.action === a.action}
              disabled={act.isPending}
              onClick={() => run(a.action, a.label, a.destructive)}
              data-testid={`agreement-action-${a.action}`}
            >
              {a.label}
            </Button>
          ))}
          <ActionMenu
            testId="agreement-actions"
            groups={[
              {
                actions: [
                  {
                    label: "Edit",
                    icon: <PencilSquare />,
                    onClick: onEdit,
                    disabled: !editable,
                    disabledReason: editable ? undefined : `A ${agreement.status} agreement can no longer be changed.`,
                  },
                ],
              },
              {
                actions: [
                  {
                    label: "Delete",
                    icon: <Trash />,
                    onClick: onDelete,
                    disabled: agreement.status !== "draft",
                    disabledReason: agreement.status !== "draft" ? "Only drafts can be deleted; cancel it instead." : undefined,
                  },
                ],
              },
            ]}
          />
        </div>
      </div>
      <SectionRow
        title="Customer"
        value={
          agreement.is_template ? (
            "Template (no customer)"
          ) : agreement.customer ? (
            <Link to={`/customers/${agreement.customer.id}`} className={linkClass}>
              {customerName(agreement.customer)}
            </Link>
          ) : (
            agreement.customer_id ?? "–"
          )
        }
      />
      <SectionRow
        title="Validity"
        value={`${formatDate(agreement.valid_from)} – ${agreement.valid_to ? formatDate(agreement.valid_to) : "open-ended"}`}
      />
      <SectionRow
        title="SLA"
        value={
          agreement.sla ? (
            <Link to="/settings/service?tab=slas" className={linkClass} data-testid="agreement-sla">
              {agreement.sla.name} ({agreement.sla.code}) · respond {formatMinutes(agreement.sla.response_minutes)}, resolve{" "}
              {formatMinutes(agreement.sla.resolution_minutes)}
            </Link>
          ) : (
            "–"
          )
        }
      />
      <SectionRow title="Currency" value={agreement.currency_code?.toUpperCase()} />
      <SectionRow title="Group" value={agreement.agreement_group || "–"} />
      {agreement.description && <SectionRow title="Description" value={agreement.description} />}
      {agreement.template_id && (
        <SectionRow
          title="From template"
          value={
            <Link to={`/service-agreements/${agreement.template_id}`} className={linkClass}>
              Open template
            </Link>
          }
        />
      )}
      <SectionRow title="Activated" value={formatDateTime(agreement.activated_at)} />
      {open && <SectionRow title="Suspended since" value={formatDateTime(open.from)} />}
      {agreement.cancelled_at && <SectionRow title="Cancelled" value={formatDateTime(agreement.cancelled_at)} />}
      {agreement.expired_at && <SectionRow title="Expired" value={formatDateTime(agreement.expired_at)} />}
    </Container>
  )
}

/** The next due dates of a saved line, from `…/lines/:line_id/occurrences`, with the order generated for each. */
const LineOccurrences = ({ agreementId, lineId }: { agreementId: string; lineId: string }) => {
  const { data, isLoading, isError } = useAgreementLineOccurrences(agreementId, lineId, 3)
  if (isLoading) {
    return <span className="text-ui-fg-muted">…</span>
  }
  if (isError || !data) {
    return <span className="text-ui-fg-error">Could not load</span>
  }
  if (!data.occurrences.length) {
    return <span className="text-ui-fg-muted">None upcoming</span>
  }
  return (
    <div className="flex flex-col" data-testid="line-next-dates">
      {data.occurrences.map((o) => (
        <span key={o.date} className="txt-compact-xsmall whitespace-nowrap">
          {o.service_order_id ? (
            <Link to={`/service-orders/${o.service_order_id}`} className={linkClass}>
              {formatDay(o.date)} ✓
            </Link>
          ) : (
            formatDay(o.date)
          )}
        </span>
      ))}
    </div>
  )
}

const LinesSection = ({ agreement }: { agreement: ServiceAgreement }) => {
  const [drawer, setDrawer] = useState<{ open: boolean; line: AgreementLine | null }>({ open: false, line: null })
  const prompt = usePrompt()
  const remove = useDeleteAgreementLine(agreement.id)
  const tasks = useServiceTasks({ limit: 200 })
  const objects = useServiceObjects({ customer_id: agreement.customer_id ?? undefined, limit: 100 }, { enabled: !!agreement.customer_id })
  const taskName = (id?: string | null) => (id ? tasks.data?.service_tasks.find((t) => t.id === id)?.name ?? id : "–")
  const object = (id?: string | null) => (id ? objects.data?.service_objects.find((o) => o.id === id) : undefined)
  const editable = EDITABLE.includes(agreement.status)
  const lockedReason = editable ? null : `A ${agreement.status} agreement can no longer be changed.`
  const lines = [...(agreement.lines ?? [])].sort(
    (a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime()
  )
  const cur = agreement.currency_code

  const onDelete = async (line: AgreementLine) => {
    const ok = await prompt({
      title: "Delete line?",
      description: `"${line.description}" will be removed from ${agreement.number}. Orders already generated stay.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (ok) {
      remove.mutate(line.id, { onSuccess: () => toastSuccess("Line was deleted"), onError: toastError })
    }
  }

  const addButton = (
    <Button size="small" variant="secondary" disabled={!editable} onClick={() => setDrawer({ open: true, line: null })} data-testid="add-agreement-line">
      <Plus />
      Add line
    </Button>
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Lines</Heading>
        {lockedReason ? (
          <Tooltip content={lockedReason}>
            <span>{addButton}</span>
          </Tooltip>
        ) : (
          addButton
        )}
      </div>
      {lines.length === 0 ? (
        <div className="px-6 py-6">
          <Text size="small" className="text-ui-fg-subtle">
            No lines yet. Add the hours, items, expenses and fees the agreement provides, with how often they recur.
          </Text>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table data-testid="agreement-lines-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell>Description</Table.HeaderCell>
                <Table.HeaderCell>Object</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Unit price</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Unit cost</Table.HeaderCell>
                <Table.HeaderCell>Recurrence</Table.HeaderCell>
                <Table.HeaderCell>Next dates</Table.HeaderCell>
                <Table.HeaderCell className="w-[52px]" />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {lines.map((line) => {
                const obj = object(line.service_object_id)
                return (
                  <Table.Row key={line.id} data-testid="agreement-line-row">
                    <Table.Cell>
                      <Badge size="2xsmall">{humanize(line.type)}</Badge>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col py-2">
                        <span className="text-ui-fg-base">{line.description}</span>
                        {line.service_task_id && <span className="txt-compact-xsmall text-ui-fg-subtle">{taskName(line.service_task_id)}</span>}
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      {line.service_object_id ? (
                        <Link to={`/service-objects/${line.service_object_id}`} className={linkClass}>
                          {obj?.name ?? line.service_object_id}
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
                      <ActionMenu
                        testId="agreement-line-actions"
                        groups={[
                          {
                            actions: [
                              {
                                label: "Edit",
                                icon: <PencilSquare />,
                                onClick: () => setDrawer({ open: true, line }),
                                disabled: !editable,
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
                                disabled: !editable,
                                disabledReason: lockedReason ?? undefined,
                              },
                            ],
                          },
                        ]}
                      />
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      <AgreementLineDrawer
        open={drawer.open}
        onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))}
        agreement={agreement}
        line={drawer.line}
      />
    </Container>
  )
}

/** What the agreement bills, as the API computes it: per occurrence and over the next 12 months. */
const BillingSection = ({ agreement }: { agreement: ServiceAgreement }) => {
  const cur = agreement.currency_code
  const lines = agreement.lines ?? []
  return (
    <Container className="divide-y p-0" data-testid="agreement-billing">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Billing</Heading>
        <Text size="small" className="text-ui-fg-muted">
          next 12 months · {cur?.toUpperCase()}
        </Text>
      </div>
      {lines.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Line</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Per occurrence</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Times</Table.HeaderCell>
              <Table.HeaderCell className="text-right">12 months</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lines.map((l) => (
              <Table.Row key={l.id}>
                <Table.Cell>
                  <span className="block max-w-[140px] truncate">{l.description}</span>
                </Table.Cell>
                <Table.Cell className="text-right">{formatMoney(l.amount_per_occurrence, cur)}</Table.Cell>
                <Table.Cell className="text-right">{l.occurrences_next_12_months ?? "–"}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(l.revenue_next_12_months, cur)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <SectionRow title="Revenue" value={<span data-testid="billing-revenue">{formatMoney(agreement.billing?.revenue_next_12_months, cur)}</span>} />
      <SectionRow title="Cost" value={<span data-testid="billing-cost">{formatMoney(agreement.billing?.cost_next_12_months, cur)}</span>} />
      <SectionRow
        title="Margin"
        value={
          <span data-testid="billing-margin" className={toNumber(agreement.billing?.margin_next_12_months) < 0 ? "text-ui-fg-error" : undefined}>
            {formatMoney(agreement.billing?.margin_next_12_months, cur)}
          </span>
        }
      />
    </Container>
  )
}

/** "Generate orders until…": creates the orders of every occurrence due up to the date that has none yet. */
const GenerateSection = ({ agreement }: { agreement: ServiceAgreement }) => {
  const [until, setUntil] = useState(() => new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10))
  const [result, setResult] = useState<string | null>(null)
  const generate = useGenerateAgreementOrders(agreement.id)
  const reason =
    agreement.is_template
      ? "Templates generate nothing."
      : agreement.status !== "active"
        ? `Only an active agreement generates orders; this one is ${agreement.status}.`
        : null
  const submit = () => {
    setResult(null)
    // The whole chosen day counts.
    const end = new Date(new Date(dayToIso(until)).getTime() + 24 * 60 * 60 * 1000 - 1).toISOString()
    generate.mutate(end, {
      onSuccess: ({ count }) => {
        const text = count === 0 ? "No new orders: every occurrence up to that day already has one." : `Created ${count} service order${count === 1 ? "" : "s"}.`
        setResult(text)
        toastSuccess(text)
      },
      onError: toastError,
    })
  }
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Generate orders</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Creates a service order for each occurrence due up to the date that has none yet; running it again creates nothing twice.
        </Text>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Input
            id="generate-until"
            type="date"
            size="small"
            value={until}
            onChange={(e) => setUntil(e.target.value)}
            aria-label="Generate orders until"
          />
          {reason ? (
            <Tooltip content={reason}>
              <span>
                <Button size="small" variant="secondary" disabled data-testid="generate-orders-button">
                  Generate until…
                </Button>
              </span>
            </Tooltip>
          ) : (
            <Button size="small" variant="secondary" isLoading={generate.isPending} disabled={!until} onClick={submit} data-testid="generate-orders-button">
              Generate until…
            </Button>
          )}
        </div>
        {result && (
          <Text size="small" data-testid="generate-result">
            {result}
          </Text>
        )}
      </div>
    </Container>
  )
}

/** The service orders generated from the agreement (service orders filtered by agreement_id). */
const GeneratedOrdersSection = ({ agreement }: { agreement: ServiceAgreement }) => {
  const navigate = useNavigate()
  const { data, isLoading, isError, error } = useServiceOrders({ agreement_id: agreement.id, limit: 20, order: "-created_at" })
  const rows = data?.service_orders ?? []
  return (
    <Container className="divide-y p-0" data-testid="agreement-orders">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Service orders</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {data ? `${data.count} from this agreement` : " "}
          </Text>
        </div>
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {(error as Error)?.message ?? "Could not load the service orders."}
        </Text>
      ) : rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {isLoading ? "Loading…" : "No service orders generated yet."}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>Stage</Table.HeaderCell>
              <Table.HeaderCell>Resolution due</Table.HeaderCell>
              <Table.HeaderCell>Created</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((o) => (
              <Table.Row key={o.id} className="cursor-pointer" onClick={() => navigate(`/service-orders/${o.id}`)} data-testid="agreement-order-row">
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
                <Table.Cell>{formatDateTime((o as { resolution_due_at?: string | null }).resolution_due_at)}</Table.Cell>
                <Table.Cell>{formatDate(o.created_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

/** One service agreement: header with its status moves, lines with recurrences, billing, generation and its orders. */
const ServiceAgreementDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useServiceAgreement(id)
  const [editOpen, setEditOpen] = useState(false)
  if (isLoading) {
    return <DetailLoading noun="service agreement" />
  }
  if (isError || !data?.service_agreement) {
    return <DetailNotFound noun="Service agreement" error={error} listPath="/service-agreements" listLabel="service agreements" />
  }
  const agreement = data.service_agreement
  return (
    <div className="flex flex-col gap-y-3">
      <TwoColumnLayout
        main={
          <>
            <HeaderSection agreement={agreement} onEdit={() => setEditOpen(true)} />
            <LinesSection agreement={agreement} />
            {!agreement.is_template && <GeneratedOrdersSection agreement={agreement} />}
          </>
        }
        side={
          <>
            <BillingSection agreement={agreement} />
            {!agreement.is_template && <GenerateSection agreement={agreement} />}
          </>
        }
      />
      <EditAgreementDrawer open={editOpen} onOpenChange={setEditOpen} agreement={agreement} />
    </div>
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  const { data } = useServiceAgreement(id)
  return <span>{data?.service_agreement?.number ?? id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id ?? ""} />,
}

export default withPermission(ServiceAgreementDetailPage, "agreements.read", "see service agreements")
