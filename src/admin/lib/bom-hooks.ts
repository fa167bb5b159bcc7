import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { del, get, post, queryKeys, useInvalidate, type Params } from "./hooks"
import type {
  Bom,
  BomComponentInput,
  BomDiff,
  BomInput,
  BomVersion,
  BomVersionInput,
  ObjectBomView,
  ProductRef,
} from "./bom-types"
import type { ListResponse } from "./types"
import type { VariantRef } from "./hooks"

export const bomKeys = {
  all: ["boms"] as const,
  list: (params?: Params) => ["boms", "list", params ?? {}] as const,
  detail: (id: string) => ["boms", "detail", id] as const,
  version: (bomId: string, vid: string) => ["boms", "version", bomId, vid] as const,
  diff: (bomId: string, vid: string, against: string) => ["boms", "diff", bomId, vid, against] as const,
  // Under "service-objects" so that object changes refresh it and it refreshes object views.
  objectVersion: (objectId: string) => ["service-objects", "bom-version", objectId] as const,
}

/** The versions list the editor and the product widget show, with each version's component count. */
const BOM_FIELDS = "+versions.description,+versions.approved_at,+versions.retired_at,+versions.components.id"

export const useBoms = (params: Params, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: bomKeys.list(params),
    queryFn: () => get<ListResponse<"boms", Bom>>("/admin/boms", params),
    placeholderData: keepPreviousData,
    ...options,
  })

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
    queryFn: () => get<{ bom_version: BomVersion }>(`/admin/boms/${bomId}/versions/${vid}`),
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
const useRefreshBoms = () => {
  const invalidate = useInvalidate()
  return () => invalidate(bomKeys.all, queryKeys.serviceObjects)
}

const useBomMutation = <I, R>(fn: (input: I) => Promise<R>) => {
  const refresh = useRefreshBoms()
  return useMutation({ mutationFn: fn, onSuccess: refresh })
}

export const useSaveBom = () =>
  useBomMutation(({ id, body }: { id?: string; body: BomInput }) =>
    post<{ bom: Bom }>(id ? `/admin/boms/${id}` : "/admin/boms", body).then((r) => r.bom)
  )

export const useDeleteBom = () => useBomMutation((id: string) => del(`/admin/boms/${id}`))

export const useSaveBomVersion = (bomId: string) =>
  useBomMutation(({ id, body }: { id?: string; body: BomVersionInput }) =>
    post<{ bom_version: BomVersion }>(`/admin/boms/${bomId}/versions${id ? `/${id}` : ""}`, body).then((r) => r.bom_version)
  )

export const useDeleteBomVersion = (bomId: string) => useBomMutation((vid: string) => del(`/admin/boms/${bomId}/versions/${vid}`))

/** Approve or retire a version (no body). */
export const useBomVersionAction = (bomId: string) =>
  useBomMutation(({ vid, action, supersede }: { vid: string; action: "approve" | "retire"; supersede?: boolean }) =>
    post<{ bom_version: BomVersion }>(`/admin/boms/${bomId}/versions/${vid}/${action}`, supersede ? { supersede } : {}).then(
      (r) => r.bom_version
    )
  )

export const useSaveBomComponent = (bomId: string, vid: string) =>
  useBomMutation(({ id, body }: { id?: string; body: BomComponentInput }) =>
    id
      ? post<{ bom_version: BomVersion }>(`/admin/boms/${bomId}/versions/${vid}/components/${id}`, body)
      : post<{ bom_version: BomVersion }>(`/admin/boms/${bomId}/versions/${vid}/components`, { components: [body] })
  )

export const useDeleteBomComponent = (bomId: string, vid: string) =>
  useBomMutation((id: string) => del(`/admin/boms/${bomId}/versions/${vid}/components/${id}`))

// ---------- Service objects ----------

export const useObjectBomVersion = (objectId: string) =>
  useQuery({
    queryKey: bomKeys.objectVersion(objectId),
    queryFn: () => get<ObjectBomView>(`/admin/service-objects/${objectId}/bom-version`),
    enabled: !!objectId,
  })

export const useMoveObjectBomVersion = (objectId: string) =>
  useBomMutation((body: { bom_version_id: string; note?: string | null }) =>
    post<ObjectBomView>(`/admin/service-objects/${objectId}/bom-version`, body)
  )

// ---------- Medusa products and variants the BOM screens name ----------

const PRODUCT_FIELDS = "id,title,thumbnail,variants.id,variants.title,variants.sku"

export const useProductSearch = (q: string) =>
  useQuery({
    queryKey: ["service-management", "products", q],
    queryFn: () => get<ListResponse<"products", ProductRef>>("/admin/products", { q, limit: 20, fields: PRODUCT_FIELDS }),
    placeholderData: keepPreviousData,
  })

/** One product with its variants (the picker's label and the variant choices). */
export const useProduct = (id?: string | null) =>
  useQuery({
    queryKey: ["service-management", "product", id],
    queryFn: () => get<{ product: ProductRef }>(`/admin/products/${id}`, { fields: PRODUCT_FIELDS }),
    enabled: !!id,
    staleTime: 60_000,
  })

/** Variants by id in one request, for the components that name one. */
export const useVariantRefs = (ids: string[]) => {
  const unique = [...new Set(ids.filter(Boolean))].sort()
  return useQuery({
    queryKey: ["service-management", "variants", "refs", unique],
    queryFn: () =>
      get<ListResponse<"variants", VariantRef>>("/admin/product-variants", {
        id: unique,
        limit: unique.length,
        fields: "id,title,sku,product.id,product.title",
      }),
    enabled: unique.length > 0,
    staleTime: 60_000,
    select: (data) => new Map(data.variants.map((v) => [v.id, v])),
  })
}
