import { StatusBadge } from "@medusajs/ui"
import { humanize } from "../../lib/format"
import type { RepairStatus } from "../../lib/repair-types"

const COLORS: Record<RepairStatus, "grey" | "blue" | "orange" | "green"> = {
  open: "grey",
  diagnosed: "blue",
  repaired: "orange",
  verified: "green",
}

export const RepairStatusBadge = ({ status }: { status: RepairStatus }) => (
  <StatusBadge color={COLORS[status]} data-repair-status={status}>
    {humanize(status)}
  </StatusBadge>
)
