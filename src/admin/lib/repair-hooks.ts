import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeys, useInvalidate, type Params } from "./hooks"
import type {
  RepairCode,
  RepairCodeInput,
  RepairComponentRef,
  RepairLine,
  RepairLineInput,
  RepairStatistics,
} from "./repair-types"

export const repairKeys = {
  codes: ["repair-codes"] as const,
  codeList: (params?: Params) => ["repair-codes", "list", params ?? {}] as const,
  lines: ["repair-lines"] as const,
  orderLines: (orderId: string) => ["repair-lines", "order", orderId] as const,
  objectHistory: (objectId: string, params?: Params) => ["repair-lines", "object", objectId, params ?? {}] as const,
  objectComponents: (objectId: string) => ["service-objects", "bom-components", objectId] as const,
  statistics: (params: Params) => ["repair-lines", "statistics", params] as const,
}

// ---------- Code tables ----------

export const useRepairCodes = (params: Params, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: repairKeys.codeList(params),
    queryFn: () => get<{ repair_codes: RepairCode[]; count: number }>("/admin/repair-codes", params),
    placeholderData: keepPreviousData,
    ...options,
  })

/** Every code of the pickers in one request (the tables are small), ordered as the merchant set them. */
export const useAllRepairCodes = () => useRepairCodes({ limit: 1000, order: "position" })

export const useSaveRepairCode = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: RepairCodeInput }) =>
      post<{ repair_code: RepairCode }>(id ? `/admin/repair-codes/${id}` : "/admin/repair-codes", body).then((r) => r.repair_code),
    onSuccess: () => invalidate(repairKeys.codes),
  })
}

export const useDeleteRepairCode = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => del(`/admin/repair-codes/${id}`),
    onSuccess: () => invalidate(repairKeys.codes),
  })
}

// ---------- Repair lines ----------

export const useServiceOrderRepairLines = (orderId: string) =>
  useQuery({
    queryKey: repairKeys.orderLines(orderId),
    queryFn: () =>
      get<{ repair_lines: RepairLine[]; count: number }>(`/admin/service-orders/${orderId}/repair-lines`, {
        limit: 200,
        order: "created_at",
      }),
    enabled: !!orderId,
  })

/** Repair changes show on the order (its lines) and in the objects' histories. */
const useRefreshRepairs = () => {
  const invalidate = useInvalidate()
  return () => invalidate(repairKeys.lines, queryKeys.serviceOrders)
}

export const useAddRepairLine = (orderId: string) => {
  const refresh = useRefreshRepairs()
  return useMutation({
    mutationFn: (body: RepairLineInput) =>
      post<{ repair_line: RepairLine }>(`/admin/service-orders/${orderId}/repair-lines`, body).then((r) => r.repair_line),
    onSuccess: refresh,
  })
}

export const useUpdateRepairLine = (orderId: string) => {
  const refresh = useRefreshRepairs()
  return useMutation({
    mutationFn: ({ id, ...body }: RepairLineInput & { id: string }) =>
      post<{ repair_line: RepairLine }>(`/admin/service-orders/${orderId}/repair-lines/${id}`, body).then((r) => r.repair_line),
    onSuccess: refresh,
  })
}

export const useDeleteRepairLine = (orderId: string) => {
  const refresh = useRefreshRepairs()
  return useMutation({
    mutationFn: (id: string) => del(`/admin/service-orders/${orderId}/repair-lines/${id}`),
    onSuccess: refresh,
  })
}

/** An object's repairs across service orders, newest first. */
export const useObjectRepairHistory = (objectId: string, params: Params) =>
  useQuery({
    queryKey: repairKeys.objectHistory(objectId, params),
    queryFn: () => get<{ repair_lines: RepairLine[]; count: number }>(`/admin/service-objects/${objectId}/repairs`, params),
    enabled: !!objectId,
    placeholderData: keepPreviousData,
  })

type PinnedVersion = { id: string; bom_id: string; version: number }

/**
 * The components of the BOM version an object is pinned to: the only ones its repairs may name.
 * `pinned` is the version when the caller already has it (the order's own object), so a role
 * that cannot read service objects still gets the parts; else it is read from the object.
 * `bom_version` is null when the object is not pinned to one.
 */
export const useObjectBomComponents = (objectId?: string | null, pinned?: PinnedVersion | null) =>
  useQuery({
    queryKey: [...repairKeys.objectComponents(objectId ?? ""), pinned?.id ?? null],
    queryFn: async () => {
      const bom_version =
        pinned !== undefined
          ? pinned
          : (await get<{ bom_version: PinnedVersion | null }>(`/admin/service-objects/${objectId}/bom-version`)).bom_version
      if (!bom_version) {
        return { bom_version: null, components: [] as RepairComponentRef[] }
      }
      const { bom_version: full } = await get<{ bom_version: { components: RepairComponentRef[] } }>(
        `/admin/boms/${bom_version.bom_id}/versions/${bom_version.id}`,
        { fields: "id,components.id,components.title,components.part_number,components.product_variant_id,components.reference,components.position" }
      )
      const components = [...(full.components ?? [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
      return { bom_version, components }
    },
    enabled: !!objectId,
  })

/** Recurring symptoms, diagnoses and components among the repairs matching the filters. */
export const useRepairStatistics = (params: Params) =>
  useQuery({
    queryKey: repairKeys.statistics(params),
    queryFn: () => get<{ repair_statistics: RepairStatistics }>("/admin/repair-statistics", params).then((r) => r.repair_statistics),
  })
