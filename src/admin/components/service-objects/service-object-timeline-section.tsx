import { Badge, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { TimelineEntry, TimelineReference } from "../../../types"
import { formatMoney } from "../../lib/format"
import { useServiceObjectTimeline } from "../../lib/hooks/service-objects"
import { Section } from "../section"
import { PagedTimeline, TimelineFooter } from "../timeline"

const PAGE = 50
const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

/** Where a referenced record opens in the admin; a claim is shown on its order's page, which the entry does not name. */
const PATHS: Partial<Record<TimelineReference["type"], string>> = {
  order: "/orders",
  service_agreement: "/service-agreements",
  service_order: "/service-orders",
  service_return: "/service-returns",
}

const Reference = ({ reference }: { reference: TimelineReference }) => {
  const label = reference.label ?? reference.id
  const path = PATHS[reference.type]
  return path ? (
    <Link to={`${path}/${reference.id}`} className={linkClass}>
      {label}
    </Link>
  ) : (
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {reference.type === "claim" ? `Medusa claim ${label}` : label}
    </Text>
  )
}

const Entry = ({ entry }: { entry: TimelineEntry }) => (
  <>
    <div className="flex flex-wrap items-center gap-1.5">
      <Text size="small" leading="compact" weight="plus">
        {entry.title}
      </Text>
      {entry.staff_only && (
        <Badge size="2xsmall" color="grey">
          Staff only
        </Badge>
      )}
      {entry.reference && <Reference reference={entry.reference} />}
    </div>
    {entry.description && (
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        {entry.description}
      </Text>
    )}
    {entry.amounts && (
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        Revenue {formatMoney(entry.amounts.revenue_total, entry.amounts.currency_code)} · Cost {formatMoney(entry.amounts.cost_total, entry.amounts.currency_code)}
      </Text>
    )}
    <TimelineFooter
      note={entry.internal_note}
      by={entry.technician && [entry.technician.first_name, entry.technician.last_name].filter(Boolean).join(" ")}
      at={String(entry.at)}
    />
  </>
)

/**
 * The object's life in one list, newest first: purchase, fulfilment, warranty, agreement coverage,
 * service requests and orders, visits, repairs, returns and replacement claims (with the staff-only
 * details the store's timeline leaves out).
 */
export const ServiceObjectTimelineSection = ({ objectId }: { objectId: string }) => {
  const [limit, setLimit] = useState(PAGE)
  const { data, isLoading, isError } = useServiceObjectTimeline(objectId, { limit })
  const entries = data?.timeline_entries ?? []
  const count = data?.count ?? 0
  return (
    <Section
      testId="object-timeline"
      title="Timeline"
      actions={
        <Text size="small" className="text-ui-fg-subtle" data-testid="object-timeline-count">
          {count === 1 ? "1 entry" : `${count} entries`}
        </Text>
      }
    >
      <PagedTimeline
        testId="object-timeline-entries"
        moreTestId="object-timeline-more"
        isLoading={isLoading}
        isError={isError}
        texts={{ loading: "Loading the timeline…", empty: "Nothing has happened to this object yet.", error: "The timeline could not be loaded." }}
        count={count}
        onMore={() => setLimit((l) => l + PAGE)}
        entries={entries.map((entry) => ({
          key: entry.id,
          attributes: { "data-testid": "object-timeline-entry", "data-kind": entry.kind },
          content: <Entry entry={entry} />,
        }))}
      />
    </Section>
  )
}
