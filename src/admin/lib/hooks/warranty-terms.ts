import { del, queryKeysFactory, save, useListQuery, useRefreshingMutation } from "../client"
import type { WarrantyTerm, WarrantyTermInput } from "../../../types"
import type { ListResponse } from "../types"

export const warrantyTermKeys = queryKeysFactory("warranty-terms")

type TermList = ListResponse<"warranty_terms", WarrantyTerm>

/**
 * A product's own term and its variants' overrides: two small lists (a product has at most one
 * term, a variant too), whatever the number of variants.
 */
export const useProductWarrantyTerms = (productId: string, variantIds: string[]) => {
  const product = useListQuery<TermList>(warrantyTermKeys, "/admin/warranty-terms", { product_id: productId, limit: 1 })
  const variants = useListQuery<TermList>(
    warrantyTermKeys,
    "/admin/warranty-terms",
    { variant_id: variantIds, limit: Math.max(1, variantIds.length) },
    { enabled: variantIds.length > 0 }
  )
  return {
    productTerm: product.data?.warranty_terms[0] ?? null,
    variantTerms: variants.data?.warranty_terms ?? [],
    isLoading: product.isLoading || (variantIds.length > 0 && variants.isLoading),
    error: product.error ?? variants.error,
  }
}

export const useSaveWarrantyTerm = () =>
  useRefreshingMutation(
    ({ id, body }: { id?: string; body: WarrantyTermInput }) =>
      save<{ warranty_term: WarrantyTerm }>("/admin/warranty-terms", id, body).then((r) => r.warranty_term),
    [warrantyTermKeys.all]
  )

export const useDeleteWarrantyTerm = () => useRefreshingMutation((id: string) => del(`/admin/warranty-terms/${id}`), [warrantyTermKeys.all])
