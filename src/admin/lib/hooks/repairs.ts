import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeysFactory, save, useListQuery, useRefreshingMutation, type Params, type QueryOptions } from "../client"
import type { RepairCode, RepairCodeInput, RepairComponentRef, RepairLine, RepairLineInput, RepairStatistics } from "../repair-types"
import { serviceObjectKeys } from "./service-objects"
import { serviceOrderKeys } from "./service-orders"

export const repairCodeKeys = queryKeysFactory("repair-codes")
export const repairLineKeys = {
  ...queryKeysFactory("repair-lines"),
  order: (orderId: string) => ["repair-lines", "order", orderId] as const,
  object: (objectId: string, params?: Params) => ["repair-lines", "object", objectId, params ?? {}] as const,
  statistics: (params: Params) => ["repair-lines", "statistics", params] as const,
}

type CodeList = { repair_codes: RepairCode[]; count: number }
type LineList = { repair_lines: RepairLine[]; count: number }
type LineResponse = { repair_line: RepairLine }

// ---------- Code tables ----------

export const useRepairCodes = (params: Params, options?: QueryOptions<CodeList>) =>
  useListQuery<CodeList>(repairCodeKeys, "/admin/repair-codes", params, options)

/** Every code of the pickers in one request (the tables are small), ordered as the merchant set them. */
export const useAllRepairCodes = () => useRepairCodes({ limit: 1000, order: "position" })

export const useSaveRepairCode = () =>
  useRefreshingMutation(
    ({ id, body }: { id?: string; body: RepairCodeInput }) =>
      save<{ repair_code: RepairCode }>("/admin/repair-codes", id, body).then((r) => r.repair_code),
    [repairCodeKeys.all]
  )

export const useDeleteRepairCode = () =>
  useRefreshingMutation((id: string) => del(`/admin/repair-codes/${id}`), [repairCodeKeys.all])

// ---------- Repair lines ----------

export const useServiceOrderRepairLines = (orderId: string) =>
  useQuery({
    queryKey: repairLineKeys.order(orderId),
    queryFn: () => get<LineList>(`/admin/service-orders/${orderId}/repair-lines`, { limit: 200, order: "created_at" }),
    enabled: !!orderId,
  })

/** Repair changes show on the order (its lines) and in the objects' histories. */
const REPAIR_REFRESH = [repairLineKeys.all, serviceOrderKeys.all]

export const useAddRepairLine = (orderId: string) =>
  useRefreshingMutation(
    (body: RepairLineInput) =>
      post<LineResponse>(`/admin/service-orders/${orderId}/repair-lines`, body).then((r) => r.repair_line),
    REPAIR_REFRESH
  )

export const useUpdateRepairLine = (orderId: string) =>
  useRefreshingMutation(
    ({ id, ...body }: RepairLineInput & { id: string }) =>
      post<LineResponse>(`/admin/service-orders/${orderId}/repair-lines/${id}`, body).then((r) => r.repair_line),
    REPAIR_REFRESH
  )

export const useDeleteRepairLine = (orderId: string) =>
  useRefreshingMutation((id: string) => del(`/admin/service-orders/${orderId}/repair-lines/${id}`), REPAIR_REFRESH)

/** An object's repairs across service orders, newest first. */
export const useObjectRepairHistory = (objectId: string, params: Params) =>
  useQuery({
    queryKey: repairLineKeys.object(objectId, params),
    queryFn: () => get<LineList>(`/admin/service-objects/${objectId}/repairs`, params),
    enabled: !!objectId,
    placeholderData: keepPreviousData,
  })

type PinnedVersion = { id: string; bom_id: string; version: number }

const COMPONENT_FIELDS =
  "id,components.id,components.title,components.part_number,components.product_variant_id,components.reference,components.position"

/**
 * The components of the BOM version an object is pinned to: the only ones its repairs may name.
 * `pinned` is the version when the caller already has it (the order's own object), so a role
 * that cannot read service objects still gets the parts; else it is read from the object.
 * `bom_version` is null when the object is not pinned to one.
 */
export const useObjectBomComponents = (objectId?: string | null, pinned?: PinnedVersion | null) =>
  useQuery({
    queryKey: [...serviceObjectKeys.bomComponents(objectId ?? ""), pinned?.id ?? null],
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
        { fields: COMPONENT_FIELDS }
      )
      const components = [...(full.components ?? [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
      return { bom_version, components }
    },
    enabled: !!objectId,
  })

/** Recurring symptoms, diagnoses and components among the repairs matching the filters. */
export const useRepairStatistics = (params: Params) =>
  useQuery({
    queryKey: repairLineKeys.statistics(params),
    queryFn: () => get<{ repair_statistics: RepairStatistics }>("/admin/repair-statistics", params).then((r) => r.repair_statistics),
  })
