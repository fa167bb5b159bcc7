import { Badge, StatusBadge } from "@medusajs/ui"
import { humanize, warrantyState, formatDate } from "../lib/format"
import type { ServiceOrderPriority } from "../../types"

export const STATUS_COLORS = ["grey", "blue", "purple", "orange", "green", "red"] as const
export type StatusColor = (typeof STATUS_COLORS)[number]

const isStatusColor = (c?: string | null): c is StatusColor =>
  !!c && (STATUS_COLORS as readonly string[]).includes(c)

/** A stage in its configured colour: one of the dashboard's status colours, or any CSS colour. */
export const StageBadge = ({ stage }: { stage?: { name: string; code?: string; color?: string | null } | null }) => {
  if (!stage) {
    return <span className="text-ui-fg-muted">–</span>
  }
  if (isStatusColor(stage.color) || !stage.color) {
    return (
      <StatusBadge color={isStatusColor(stage.color) ? stage.color : "grey"} data-stage={stage.code}>
        {stage.name}
      </StatusBadge>
    )
  }
  return (
    <span
      className="txt-compact-xsmall-plus bg-ui-bg-subtle text-ui-fg-subtle border-ui-border-base inline-flex items-center gap-x-1.5 rounded-md border px-1.5 py-0.5"
      data-stage={stage.code}
    >
      <span className="size-2 rounded-full" style={{ backgroundColor: stage.color }} />
      {stage.name}
    </span>
  )
}

const PRIORITY_COLORS: Record<ServiceOrderPriority, "grey" | "blue" | "orange" | "red"> = {
  low: "grey",
  normal: "blue",
  high: "orange",
  urgent: "red",
}

export const PriorityBadge = ({ priority }: { priority?: ServiceOrderPriority | null }) =>
  priority ? (
    <Badge size="2xsmall" color={PRIORITY_COLORS[priority] ?? "grey"}>
      {humanize(priority)}
    </Badge>
  ) : (
    <span className="text-ui-fg-muted">–</span>
  )

export const WarrantyBadge = ({ warrantyEnd }: { warrantyEnd?: string | null }) => {
  const state = warrantyState(warrantyEnd)
  if (state === "none") {
    return <span className="text-ui-fg-muted">No warranty</span>
  }
  return (
    <StatusBadge color={state === "active" ? "green" : "red"} title={formatDate(warrantyEnd)}>
      {state === "active" ? `Active until ${formatDate(warrantyEnd)}` : `Expired ${formatDate(warrantyEnd)}`}
    </StatusBadge>
  )
}

/** Whether a catalogue record (task, SLA, code, technician) is still offered. */
export const ActiveBadge = ({ active }: { active: boolean }) => (
  <StatusBadge color={active ? "green" : "grey"}>{active ? "Active" : "Inactive"}</StatusBadge>
)
