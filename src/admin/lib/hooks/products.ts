import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { get, queryKeysFactory } from "../client"
import type { ProductRef } from "../bom-types"
import type { ListResponse } from "../types"

// Medusa's products and variants under keys of our own (see customers.ts).
export const productKeys = queryKeysFactory("service-management:products")
export const variantKeys = queryKeysFactory("service-management:variants")

export type VariantRef = {
  id: string
  title?: string | null
  sku?: string | null
  product?: { id: string; title?: string | null } | null
}

const PRODUCT_FIELDS = "id,title,thumbnail,variants.id,variants.title,variants.sku"
const VARIANT_FIELDS = "id,title,sku,product.id,product.title"

export const useProductSearch = (q: string) =>
  useQuery({
    queryKey: productKeys.list({ q }),
    queryFn: () => get<ListResponse<"products", ProductRef>>("/admin/products", { q, limit: 20, fields: PRODUCT_FIELDS }),
    placeholderData: keepPreviousData,
  })

/** One product with its variants (the picker's label and the variant choices). */
export const useProduct = (id?: string | null) =>
  useQuery({
    queryKey: productKeys.detail(id ?? ""),
    queryFn: () => get<{ product: ProductRef }>(`/admin/products/${id}`, { fields: PRODUCT_FIELDS }),
    enabled: !!id,
    staleTime: 60_000,
  })

export const useVariantSearch = (q: string) =>
  useQuery({
    queryKey: variantKeys.list({ q }),
    queryFn: () =>
      get<ListResponse<"variants", VariantRef>>("/admin/product-variants", { q, limit: 20, fields: VARIANT_FIELDS }),
    placeholderData: keepPreviousData,
  })

/** Variants by id in one request, for the components that name one. */
export const useVariantRefs = (ids: string[]) => {
  const unique = [...new Set(ids.filter(Boolean))].sort()
  return useQuery({
    queryKey: variantKeys.list({ id: unique }),
    queryFn: () =>
      get<ListResponse<"variants", VariantRef>>("/admin/product-variants", {
        id: unique,
        limit: unique.length,
        fields: VARIANT_FIELDS,
      }),
    enabled: unique.length > 0,
    staleTime: 60_000,
    select: (data) => new Map(data.variants.map((v) => [v.id, v])),
  })
}
