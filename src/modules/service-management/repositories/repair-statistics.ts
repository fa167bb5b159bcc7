import { Context } from "@medusajs/framework/types"
import { SqlRepository, placeholders } from "./common/sql"

export type RepairCountDimension = "symptom" | "diagnosis" | "symptom_diagnosis" | "resolution" | "component" | "total"
export type RepairCountRow = {
  dimension: RepairCountDimension
  symptom_code_id: string | null
  diagnosis_code_id: string | null
  resolution_code_id: string | null
  bom_component_id: string | null
  count: number
}
export type RepairCountFilters = {
  product_id?: string[]
  bom_version_id?: string[]
  bom_component_id?: string[]
  service_object_id?: string[]
  from?: Date
  to?: Date
}

type GroupedRow = Omit<RepairCountRow, "dimension" | "count"> & {
  g_s: number
  g_d: number
  g_r: number
  g_c: number
  count: number | string
}

// GROUPING() bits (symptom, diagnosis, resolution, component; 0 = grouped by it) per grouping set.
const DIMENSIONS: Record<string, RepairCountDimension> = {
  "0111": "symptom",
  "1011": "diagnosis",
  "0011": "symptom_diagnosis",
  "1101": "resolution",
  "1110": "component",
  "1111": "total",
}

const ID_FILTERS = ["product_id", "bom_version_id", "bom_component_id", "service_object_id"] as const

/** Counts over repair lines (what fails, why, and how it is fixed). */
export class RepairStatisticsRepository extends SqlRepository {
  /**
   * Counts repair lines by symptom, diagnosis, symptom × diagnosis, resolution and BOM component,
   * in one grouped query, for the lines matching `filters`.
   */
  async countRepairLines(filters: RepairCountFilters, sharedContext: Context = {}): Promise<RepairCountRow[]> {
    const where = ["deleted_at IS NULL"]
    const params: unknown[] = []
    for (const column of ID_FILTERS) {
      const ids = filters[column]
      if (ids?.length) {
        where.push(`"${column}" IN (${placeholders(ids)})`)
        params.push(...ids)
      }
    }
    if (filters.from) {
      where.push(`created_at >= ?`)
      params.push(filters.from)
    }
    if (filters.to) {
      where.push(`created_at < ?`)
      params.push(filters.to)
    }
    const rows = await this.manager(sharedContext).execute<GroupedRow[]>(
      `SELECT GROUPING(symptom_code_id) AS g_s, GROUPING(diagnosis_code_id) AS g_d, GROUPING(resolution_code_id) AS g_r,
              GROUPING(bom_component_id) AS g_c,
              symptom_code_id, diagnosis_code_id, resolution_code_id, bom_component_id, count(*)::int AS count
       FROM service_repair_line WHERE ${where.join(" AND ")}
       GROUP BY GROUPING SETS ((symptom_code_id), (diagnosis_code_id), (symptom_code_id, diagnosis_code_id),
                               (resolution_code_id), (bom_component_id), ())`,
      params
    )
    return rows.map((r) => ({
      dimension: DIMENSIONS[`${r.g_s}${r.g_d}${r.g_r}${r.g_c}`] ?? "total",
      symptom_code_id: r.symptom_code_id ?? null,
      diagnosis_code_id: r.diagnosis_code_id ?? null,
      resolution_code_id: r.resolution_code_id ?? null,
      bom_component_id: r.bom_component_id ?? null,
      count: Number(r.count),
    }))
  }
}
