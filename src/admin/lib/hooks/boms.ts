import { useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeysFactory, save, useListQuery, useRefreshingMutation, type Params, type QueryOptions } from "../client"
import type { Bom, BomComponentInput, BomDiff, BomInput, BomVersion, BomVersionInput, ObjectBomView } from "../../../types"
import type { ListResponse } from "../types"
import { serviceObjectKeys } from "./service-objects"

export const bomKeys = {
  ...queryKeysFactory("boms"),
  version: (bomId: string, vid: string) => ["boms", "version", bomId, vid] as const,
  diff: (bomId: string, vid: string, against: string) => ["boms", "diff", bomId, vid, against] as const,
}

type BomList = ListResponse<"boms", Bom>
type VersionResponse = { bom_version: BomVersion }

/** The versions list the editor and the product widget show, with each version's component count. */
const BOM_FIELDS = "+versions.description,+versions.approved_at,+versions.retired_at,+versions.components.id"

export const useBoms = (params: Params, options?: QueryOptions<BomList>) =>
  useListQuery<BomList>(bomKeys, "/admin/boms", params, options)

/** The BOMs of one product (its own and its variants'), with their versions and component counts. */
export const useProductBoms = (productId: string) => useBoms({ product_id: productId, limit: 50, order: "name", fields: BOM_FIELDS })

export const useBom = (id: string) =>
  useQuery({
    queryKey: bomKeys.detail(id),
    queryFn: () => get<{ bom: Bom }>(`/admin/boms/${id}`, { fields: BOM_FIELDS }),
    enabled: !!id,
  })

/** One version with its components. */
export const useBomVersion = (bomId: string, vid?: string | null) =>
  useQuery({
    queryKey: bomKeys.version(bomId, vid ?? ""),
    queryFn: () => get<VersionResponse>(`/admin/boms/${bomId}/versions/${vid}`),
    enabled: !!bomId && !!vid,
  })

/** What changed in `vid` compared with `against`. */
export const useBomDiff = (bomId: string, vid?: string | null, against?: string | null) =>
  useQuery({
    queryKey: bomKeys.diff(bomId, vid ?? "", against ?? ""),
    queryFn: () => get<BomDiff>(`/admin/boms/${bomId}/versions/${vid}/diff`, { against }),
    enabled: !!bomId && !!vid && !!against && vid !== against,
  })

/** Every BOM change may show in lists, the editor, the product widget and object pages. */
const useBomMutation = <I, R>(fn: (input: I) => Promise<R>) => useRefreshingMutation(fn, [bomKeys.all, serviceObjectKeys.all])

export const useSaveBom = () =>
  useBomMutation(({ id, body }: { id?: string; body: BomInput }) => save<{ bom: Bom }>("/admin/boms", id, body).then((r) => r.bom))

export const useDeleteBom = () => useBomMutation((id: string) => del(`/admin/boms/${id}`))

export const useSaveBomVersion = (bomId: string) =>
  useBomMutation(({ id, body }: { id?: string; body: BomVersionInput }) =>
    save<VersionResponse>(`/admin/boms/${bomId}/versions`, id, body).then((r) => r.bom_version)
  )

export const useDeleteBomVersion = (bomId: string) => useBomMutation((vid: string) => del(`/admin/boms/${bomId}/versions/${vid}`))

/** Approve or retire a version (no body). */
export const useBomVersionAction = (bomId: string) =>
  useBomMutation(({ vid, action, supersede }: { vid: string; action: "approve" | "retire"; supersede?: boolean }) =>
    post<VersionResponse>(`/admin/boms/${bomId}/versions/${vid}/${action}`, supersede ? { supersede } : {}).then(
      (r) => r.bom_version
    )
  )

// A new component is sent as a one-item batch; an edit goes to the component itself.
export const useSaveBomComponent = (bomId: string, vid: string) =>
  useBomMutation(({ id, body }: { id?: string; body: BomComponentInput }) =>
    save<VersionResponse>(`/admin/boms/${bomId}/versions/${vid}/components`, id, id ? body : { components: [body] })
  )

export const useDeleteBomComponent = (bomId: string, vid: string) =>
  useBomMutation((id: string) => del(`/admin/boms/${bomId}/versions/${vid}/components/${id}`))

// ---------- The version a service object is pinned to ----------

export const useObjectBomVersion = (objectId: string) =>
  useQuery({
    queryKey: serviceObjectKeys.bomVersion(objectId),
    queryFn: () => get<ObjectBomView>(`/admin/service-objects/${objectId}/bom-version`),
    enabled: !!objectId,
  })

export const useMoveObjectBomVersion = (objectId: string) =>
  useBomMutation((body: { bom_version_id: string; note?: string | null }) =>
    post<ObjectBomView>(`/admin/service-objects/${objectId}/bom-version`, body)
  )
