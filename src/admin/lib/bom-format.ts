import type { BomComponent, BomVersion, BomVersionRef, BomVersionStatus } from "../../types"
import { formatDay } from "./sla-format"

export const BOM_STATUS_COLORS: Record<BomVersionStatus, "grey" | "green" | "red"> = {
  draft: "grey",
  approved: "green",
  retired: "red",
}

type Validity = Pick<BomVersion, "valid_from" | "valid_to">

/** Whether `date` lies in the version's validity: [valid_from, valid_to), as the API counts it. */
export const isValidOn = (v: Validity, date: Date): boolean => {
  const t = date.getTime()
  return new Date(v.valid_from).getTime() <= t && (!v.valid_to || t < new Date(v.valid_to).getTime())
}

/** The approved version valid at `now` (the highest number if several were), or null. */
export const currentVersion = <T extends Pick<BomVersion, "status" | "version"> & Validity>(versions: T[], now = new Date()): T | null =>
  versions
    .filter((v) => v.status === "approved" && isValidOn(v, now))
    .sort((a, b) => b.version - a.version)[0] ?? null

/** Validity in days (UTC, as stored): "Jan 1, 2024 → open" or "Jan 1, 2024 → Jan 1, 2027" (end exclusive). */
export const validityText = (v: Validity): string =>
  `${formatDay(v.valid_from)} → ${v.valid_to ? formatDay(v.valid_to) : "open"}`

export const versionLabel = (v: Pick<BomVersion, "version">) => `Version ${v.version}`

/**
 * The approved versions a draft takes over from when approved with `supersede`: those that began
 * before it and are still valid when it begins (the API ends them where it begins).
 */
export const supersededBy = <T extends Pick<BomVersion, "id" | "status" | "version"> & Validity>(draft: T, versions: T[]): T[] => {
  const start = new Date(draft.valid_from).getTime()
  return versions.filter(
    (v) =>
      v.id !== draft.id &&
      v.status === "approved" &&
      new Date(v.valid_from).getTime() < start &&
      (!v.valid_to || new Date(v.valid_to).getTime() > start)
  )
}

/** Newest first. */
export const sortVersions = <T extends Pick<BomVersion, "version">>(versions: T[]): T[] =>
  [...versions].sort((a, b) => b.version - a.version)

/** Why a version's content cannot be changed, or null for a draft (the only status that changes). */
export const versionLockedReason = (v: Pick<BomVersion, "status" | "version">): string | null =>
  v.status === "draft"
    ? null
    : `Version ${v.version} is ${v.status}: only draft versions change. Create a new version to change its components.`

/** Components in their position order (then by reference), as the BOM lists them. */
export const sortComponents = <T extends Pick<BomComponent, "position" | "reference">>(components: T[]): T[] =>
  [...components].sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || (a.reference ?? "").localeCompare(b.reference ?? ""))

/** A quantity as typed: big numbers arrive as strings ("2.000"), shown without trailing zeros. */
export const quantityText = (q: BomComponent["quantity"], unit?: string | null): string => {
  const n = Number(q)
  const text = Number.isFinite(n) ? String(n) : String(q)
  return unit ? `${text} ${unit}` : text
}

/**
 * What names a component: its part number and title, else its variant (by `variantLabel` when
 * the variant is known), else its id.
 */
export const componentName = (c: Pick<BomComponent, "id" | "part_number" | "title" | "product_variant_id">, variantLabel?: string | null): string => {
  const own = [c.part_number, c.title].filter(Boolean).join(" · ")
  if (own) {
    return own
  }
  if (c.product_variant_id) {
    return variantLabel || c.product_variant_id
  }
  return c.id
}

/** The versions an object pinned to `current` may move to: approved and newer, oldest first. */
export const moveTargets = <T extends Pick<BomVersionRef, "status" | "version">>(versions: T[], current: Pick<BomVersionRef, "version"> | null): T[] =>
  versions
    .filter((v) => v.status === "approved" && (!current || v.version > current.version))
    .sort((a, b) => a.version - b.version)

/**
 * The pair a diff opens with: the newest version against the one before it (or the selected
 * version against its predecessor); null when there are fewer than two versions.
 */
export const defaultDiffPair = <T extends Pick<BomVersion, "id" | "version">>(versions: T[], selectedId?: string | null): { from: string; to: string } | null => {
  const sorted = sortVersions(versions)
  if (sorted.length < 2) {
    return null
  }
  const i = Math.max(0, sorted.findIndex((v) => v.id === selectedId))
  const to = sorted[i]
  const from = sorted[i + 1] ?? sorted[i - 1]
  return { from: from.id, to: to.id }
}

/** A variant of a known product by its own names: "Title · SKU". */
export const variantOptionText = (v: { id: string; title?: string | null; sku?: string | null }): string =>
  [v.title, v.sku].filter(Boolean).join(" · ") || v.id
