import { ArrowRight } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { technicianName } from "../../lib/dispatch-types"
import { codeText, componentText } from "../../lib/repair-flow"
import { useObjectRepairHistory } from "../../lib/hooks/repairs"
import type { RepairLine } from "../../lib/repair-types"
import { StageBadge } from "../badges"
import { PagedTimeline, TimelineFooter } from "../timeline"
import { RepairStatusBadge } from "./repair-status-badge"
import { Section } from "../section"

const PAGE = 10
const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

const RepairEntry = ({ line }: { line: RepairLine }) => (
  <>
    <div className="flex flex-wrap items-center gap-1.5">
      <RepairStatusBadge status={line.status} />
      {line.service_order && (
        <>
          <Link to={`/service-orders/${line.service_order.id}`} className={`${linkClass} txt-compact-small-plus`}>
            {line.service_order.number}
          </Link>
          <StageBadge stage={line.service_order.stage} />
        </>
      )}
    </div>
    <div className="flex flex-wrap items-center gap-1.5">
      <Text size="small" leading="compact">
        {codeText(line.symptom_code)}
      </Text>
      <ArrowRight className="text-ui-fg-muted" />
      <Text size="small" leading="compact">
        {codeText(line.diagnosis_code)}
      </Text>
      <ArrowRight className="text-ui-fg-muted" />
      <Text size="small" leading="compact">
        {codeText(line.resolution_code)}
      </Text>
    </div>
    {(line.bom_component || line.condition_code) && (
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        {[
          line.bom_component ? `Component ${componentText(line.bom_component)}` : null,
          line.condition_code ? `Condition ${line.condition_code.label}` : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </Text>
    )}
    <TimelineFooter note={line.notes} by={line.technician && technicianName(line.technician)} at={line.created_at} />
  </>
)

/** An object's repairs across all its service orders, newest first, ten at a time. */
export const ObjectRepairHistory = ({ objectId }: { objectId: string }) => {
  const [limit, setLimit] = useState(PAGE)
  const { data, isLoading } = useObjectRepairHistory(objectId, { limit, order: "-created_at" })
  const lines = data?.repair_lines ?? []
  const count = data?.count ?? 0

  return (
    <Section
      testId="object-repair-history"
      title="Repair history"
      actions={
        <Text size="small" className="text-ui-fg-subtle" data-testid="object-repair-count">
          {count === 1 ? "1 repair" : `${count} repairs`}
        </Text>
      }
    >
      <PagedTimeline
        testId="repair-timeline"
        moreTestId="repair-history-more"
        isLoading={isLoading}
        texts={{ loading: "Loading repairs…", empty: "No repairs recorded on this object yet." }}
        count={count}
        onMore={() => setLimit((l) => l + PAGE)}
        entries={lines.map((line) => ({
          key: line.id,
          attributes: { "data-testid": "repair-timeline-entry", "data-status": line.status },
          content: <RepairEntry line={line} />,
        }))}
      />
    </Section>
  )
}
