import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { AdminGetRepairStatisticsParams } from "./validators"

const list = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])
/** What names a counted row (its codes or component), for a stable order among equal counts. */
type Named = { code?: string | null; part_number?: string | null; title?: string | null; id?: string | null }
const nameOf = (v: unknown) => {
  const n = v && typeof v === "object" ? (v as Named) : {}
  return n.code ?? n.part_number ?? n.title ?? n.id ?? ""
}
const rowName = (row: object) => Object.values(row).map(nameOf).join("/")
const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count || rowName(a).localeCompare(rowName(b))

/** A component as the statistics name it. */
type ComponentRow = Named & { id: string; product_variant_id?: string | null; reference?: string | null; version_id?: string }

/**
 * Which symptoms, diagnoses, symptom × diagnosis pairs, resolutions and components recur among
 * the repairs matching the filters: one grouped count and two look-ups, whatever the data size.
 */
export async function repairStatistics(req: MedusaRequest, params: AdminGetRepairStatisticsParams) {
  const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const rows = await service.countRepairLines({
    product_id: list(params.product_id),
    bom_version_id: list(params.bom_version_id),
    bom_component_id: list(params.bom_component_id),
    service_object_id: list(params.service_object_id),
    from: params.from,
    to: params.to,
  })
  const codeIds = [...new Set(rows.flatMap((r) => [r.symptom_code_id, r.diagnosis_code_id, r.resolution_code_id]))].filter(
    (id): id is string => !!id
  )
  const componentIds = [...new Set(rows.map((r) => r.bom_component_id))].filter((id): id is string => !!id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [codes, components] = await Promise.all([
    codeIds.length
      ? service.listServiceRepairCodes({ id: codeIds }, { select: ["id", "kind", "code", "label", "parent_id"], withDeleted: true })
      : ([] as Awaited<ReturnType<typeof service.listServiceRepairCodes>>),
    componentIds.length
      ? query
          .graph({
            entity: "service_bom_component",
            fields: ["id", "title", "part_number", "product_variant_id", "reference", "version_id", "version.version"],
            filters: { id: componentIds },
            withDeleted: true,
          })
          .then((r) => r.data as ComponentRow[])
      : ([] as ComponentRow[]),
  ])
  const code = (id: string | null) => {
    const c = codes.find((x) => x.id === id)
    return c ? { id: c.id, code: c.code, label: c.label, parent_id: c.parent_id } : null
  }
  const of = (dimension: string) => rows.filter((r) => r.dimension === dimension)
  return {
    total: of("total")[0]?.count ?? 0,
    symptoms: of("symptom").filter((r) => r.symptom_code_id).map((r) => ({ symptom_code: code(r.symptom_code_id), count: r.count })).sort(byCount),
    diagnoses: of("diagnosis").filter((r) => r.diagnosis_code_id).map((r) => ({ diagnosis_code: code(r.diagnosis_code_id), count: r.count })).sort(byCount),
    symptom_diagnoses: of("symptom_diagnosis")
      .filter((r) => r.symptom_code_id && r.diagnosis_code_id)
      .map((r) => ({ symptom_code: code(r.symptom_code_id), diagnosis_code: code(r.diagnosis_code_id), count: r.count }))
      .sort(byCount),
    resolutions: of("resolution").filter((r) => r.resolution_code_id).map((r) => ({ resolution_code: code(r.resolution_code_id), count: r.count })).sort(byCount),
    components: of("component")
      .filter((r) => r.bom_component_id)
      .map((r) => ({ bom_component: components.find((c) => c.id === r.bom_component_id) ?? { id: r.bom_component_id }, count: r.count }))
      .sort(byCount),
  }
}
