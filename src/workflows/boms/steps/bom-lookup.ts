import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"

export type BomForVariant = {
  product_id: string
  bom: { id: string; product_id: string; variant_id: string | null } | null
  versions: { id: string; version: number; status: string; valid_from: Date; valid_to: Date | null }[]
}

/**
 * The BOM that applies to each variant — the variant's own BOM, else its product's — with its
 * versions, in a fixed number of queries whatever the number of variants.
 */
export async function bomsForVariants(container: MedusaContainer, variantIds: string[]) {
  const result = new Map<string, BomForVariant>()
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) {
    return result
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: ids } })
  const productIds = [...new Set(variants.map((v) => v.product_id as string))]
  const boms = productIds.length
    ? await service.listServiceBoms({ product_id: productIds }, { relations: ["versions"] })
    : []
  for (const variant of variants) {
    const bom =
      boms.find((b) => b.variant_id === variant.id) ??
      boms.find((b) => b.product_id === variant.product_id && !b.variant_id) ??
      null
    result.set(variant.id, {
      product_id: variant.product_id as string,
      bom: bom && { id: bom.id, product_id: bom.product_id, variant_id: bom.variant_id },
      versions: (bom?.versions ?? []).map((v) => ({
        id: v.id,
        version: v.version,
        status: v.status,
        valid_from: new Date(v.valid_from),
        valid_to: v.valid_to ? new Date(v.valid_to) : null,
      })),
    })
  }
  return result
}
