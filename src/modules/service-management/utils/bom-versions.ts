import { MedusaError } from "@medusajs/framework/utils"

export type Validity = { valid_from: Date | string; valid_to?: Date | string | null }
export type VersionView = Validity & { id: string; version: number; status: string }

const time = (d: Date | string | null | undefined, open: number) => (d == null ? open : new Date(d).getTime())

/**
 * Whether two validity periods share an instant. Periods are half-open, [valid_from, valid_to),
 * and no valid_to means open-ended — the same as the database's tstzrange in the exclusion
 * constraint, so a version ending when the next begins does not overlap it.
 */
export function validityOverlaps(a: Validity, b: Validity): boolean {
  return time(a.valid_from, -Infinity) < time(b.valid_to, Infinity) && time(b.valid_from, -Infinity) < time(a.valid_to, Infinity)
}

/** Whether `date` lies in the version's validity. */
export function isValidOn(v: Validity, date: Date): boolean {
  const t = date.getTime()
  return time(v.valid_from, -Infinity) <= t && t < time(v.valid_to, Infinity)
}

/**
 * Throws naming the approved versions whose validity overlaps `candidate`'s. NOT_ALLOWED (400)
 * rather than CONFLICT: Medusa answers every 409 with a generic retry message, and this one
 * must say what to change.
 */
export function assertNoApprovedOverlap(candidate: VersionView, versions: VersionView[]): void {
  const clashes = versions.filter(
    (v) => v.id !== candidate.id && v.status === "approved" && validityOverlaps(v, candidate)
  )
  if (clashes.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Version ${candidate.version} overlaps approved version ${clashes.map((v) => v.version).join(", ")} of this BOM; ` +
        `change its validity or retire the other version first`
    )
  }
}

/**
 * What approving `candidate` as the successor of the current version changes: every approved
 * version that began before it and is still valid when it begins ends there (valid_to =
 * candidate.valid_from), the way an ERP closes the old version when a new one takes over. An
 * approved version beginning at or after the candidate's start is not a predecessor and still
 * refuses the approval. Returns the versions to cut with their end before.
 */
export function planSupersede(candidate: VersionView, versions: VersionView[]): { id: string; version: number; valid_to: Date | string | null }[] {
  const start = time(candidate.valid_from, -Infinity)
  return versions
    .filter((v) => v.id !== candidate.id && v.status === "approved" && validityOverlaps(v, candidate))
    .filter((v) => time(v.valid_from, -Infinity) < start)
    .map((v) => ({ id: v.id, version: v.version, valid_to: v.valid_to ?? null }))
}

/**
 * The version an object built on `date` was built with: an approved version valid then, else a
 * retired one that was (it was current when the object was made); the highest number wins.
 */
export function pickVersionValidOn<T extends VersionView>(versions: T[], date: Date): T | null {
  const valid = versions.filter((v) => v.status !== "draft" && isValidOn(v, date))
  const rank = (v: T) => (v.status === "approved" ? 1 : 0)
  valid.sort((a, b) => rank(b) - rank(a) || b.version - a.version)
  return valid[0] ?? null
}

export type ComponentView = {
  id: string
  product_variant_id?: string | null
  part_number?: string | null
  title?: string | null
  reference?: string | null
  quantity: number | string | { valueOf(): number }
  unit?: string | null
  position?: number | null
}

export type ComponentChange = {
  key: string
  change: "added" | "removed" | "changed" | "unchanged"
  from: ComponentView | null
  to: ComponentView | null
  /** The fields that differ, for `changed`. */
  fields: string[]
}

/** What identifies "the same part" across versions: the variant or part number, and where it sits. */
export function componentKey(c: ComponentView): string {
  const part = c.product_variant_id ? `variant:${c.product_variant_id}` : c.part_number ? `part:${c.part_number}` : `title:${c.title ?? ""}`
  return `${part}@${c.reference ?? ""}`
}

const COMPARED = ["quantity", "unit", "title", "part_number", "position"] as const

/**
 * The side-by-side difference of two versions' components: each part of either version once,
 * matched by `componentKey`, marked added, removed, changed (with the fields) or unchanged.
 */
export function diffBomComponents(from: ComponentView[], to: ComponentView[]): ComponentChange[] {
  const group = (list: ComponentView[]) => {
    const map = new Map<string, ComponentView[]>()
    for (const c of list) {
      map.set(componentKey(c), [...(map.get(componentKey(c)) ?? []), c])
    }
    return map
  }
  const left = group(from)
  const right = group(to)
  const keys = [...new Set([...left.keys(), ...right.keys()])]
  const norm = (c: ComponentView, f: (typeof COMPARED)[number]) =>
    f === "quantity" ? Number(c.quantity?.valueOf()) : (c[f] ?? null)
  const changes: ComponentChange[] = []
  for (const key of keys) {
    const a = left.get(key) ?? []
    const b = right.get(key) ?? []
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i] ?? null
      const y = b[i] ?? null
      const fields = x && y ? COMPARED.filter((f) => norm(x, f) !== norm(y, f)) : []
      const change = !x ? "added" : !y ? "removed" : fields.length ? "changed" : "unchanged"
      changes.push({ key, change, from: x, to: y, fields })
    }
  }
  const pos = (c: ComponentChange) => (c.to ?? c.from)?.position ?? 0
  return changes.sort((p, q) => pos(p) - pos(q) || p.key.localeCompare(q.key))
}
