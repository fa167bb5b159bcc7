import { REPAIR_STATUSES, type RepairComponentRef, type RepairLine, type RepairStatus } from "./repair-types"

export type RepairMove = { to: RepairStatus; label: string; blockedReason: string | null }

const FORWARD_LABELS: Partial<Record<RepairStatus, string>> = {
  diagnosed: "Mark diagnosed",
  repaired: "Mark repaired",
  verified: "Mark verified",
}

/**
 * The status moves the API allows a repair line (one step forward, or one back to correct a
 * mistake; verified is final), each with the reason it is refused now, if it is: entering
 * "diagnosed" needs a diagnosis code and "repaired" a resolution code.
 */
export const repairMoves = (
  line: Pick<RepairLine, "status" | "diagnosis_code_id" | "resolution_code_id">
): { forward: RepairMove | null; back: RepairMove | null } => {
  const i = REPAIR_STATUSES.indexOf(line.status)
  if (line.status === "verified") {
    return { forward: null, back: null }
  }
  const next = REPAIR_STATUSES[i + 1]
  const previous = i > 0 ? REPAIR_STATUSES[i - 1] : undefined
  const blockedReason =
    next === "diagnosed" && !line.diagnosis_code_id
      ? "Choose a diagnosis code before marking the repair diagnosed."
      : next === "repaired" && !line.resolution_code_id
        ? "Choose a resolution code before marking the repair repaired."
        : null
  return {
    forward: next ? { to: next, label: FORWARD_LABELS[next]!, blockedReason } : null,
    back: previous ? { to: previous, label: `Back to ${previous}`, blockedReason: null } : null,
  }
}

/** Why repair lines cannot be added or changed in the order's stage, or null when they can. */
export const repairsLockedReason = (stage?: {
  name: string
  is_terminal?: boolean | null
  allow_add_repair_lines?: boolean | null
} | null): string | null => {
  if (!stage) {
    return null
  }
  if (stage.is_terminal) {
    return `Repairs cannot be changed: "${stage.name}" is a final stage.`
  }
  if (stage.allow_add_repair_lines === false) {
    return `Repairs cannot be recorded while the order is in stage "${stage.name}" (its rules do not allow repair lines).`
  }
  return null
}

/** A code as the admin shows it: its code and label. */
export const codeText = (code?: { code: string; label: string } | null) => (code ? `${code.code} · ${code.label}` : "–")

/** A BOM component by what names it: position/reference, part number and title. */
export const componentText = (c?: RepairComponentRef | null) => {
  if (!c) {
    return "–"
  }
  const name = [c.part_number, c.title].filter(Boolean).join(" · ") || c.product_variant_id || c.id
  return c.reference ? `${c.reference} — ${name}` : name
}
