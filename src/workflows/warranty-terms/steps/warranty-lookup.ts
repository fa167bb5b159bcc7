import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { termFor, WarrantyTermRule } from "../../../modules/service-management/utils/warranty"

/** The order fields a line's warranty moments are read from (see `lineMoments`). */
export const ORDER_WARRANTY_FIELDS = [
  "created_at",
  "fulfillments.created_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.items.line_item_id",
]

/**
 * The warranty term that applies to each variant — its own, else its product's, else none — in
 * two queries whatever the number of variants.
 */
export async function warrantyTermsForVariants(container: MedusaContainer, variantIds: (string | null | undefined)[]) {
  const result = new Map<string, WarrantyTermRule | null>()
  const ids = [...new Set(variantIds.filter((id): id is string => !!id))]
  if (!ids.length) {
    return result
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: ids } })
  const productIds = [...new Set(variants.map((v) => v.product_id as string))]
  const terms = (await container
    .resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    .listServiceWarrantyTerms({ $or: [{ variant_id: ids }, { product_id: productIds }] })) as unknown as WarrantyTermRule[]
  for (const variant of variants) {
    result.set(variant.id, termFor({ id: variant.id, product_id: variant.product_id as string }, terms))
  }
  return result
}
