/** A BOM version as the object's BOM view names it. */
export type BomVersionSummary = { id: string; bom_id: string; version: number; status: string; valid_from: Date | string | null; valid_to: Date | string | null }

/** One move of an object between versions of its BOM. */
export type BomHistoryEntry = { from_bom_version_id: string | null; to_bom_version_id: string | null; created_at: Date | string }

/** The versions a history names (to read them in one query). */
export const bomHistoryVersionIds = (history: BomHistoryEntry[]) => [
  ...new Set(history.flatMap((h) => [h.from_bom_version_id, h.to_bom_version_id]).filter((id): id is string => !!id)),
]

/** The object's BOM version and the history of its moves (oldest first), each with the versions it names. */
export function bomVersionView<H extends BomHistoryEntry>(
  object: { id: string; bom_version?: BomVersionSummary | null; bom_history?: H[] | null },
  versions: BomVersionSummary[]
) {
  const history = [...(object.bom_history ?? [])].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  const version = (id: string | null) => versions.find((v) => v.id === id) ?? null
  return {
    service_object_id: object.id,
    bom_version: object.bom_version ?? null,
    history: history.map((h) => ({ ...h, from_bom_version: version(h.from_bom_version_id), to_bom_version: version(h.to_bom_version_id) })),
  }
}
