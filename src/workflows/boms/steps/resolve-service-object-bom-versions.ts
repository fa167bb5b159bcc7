import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pickVersionValidOn } from "../../../modules/service-management/utils/bom-versions"
import { bomsForVariants } from "./bom-lookup"

type ObjectBomInput = {
  product_variant_id?: string | null
  order_id?: string | null
  installed_at?: Date | string | null
  bom_version_id?: string | null
}

export const resolveServiceObjectBomVersionsStepId = "resolve-service-object-bom-versions"
/**
 * Pins new service objects to a BOM version: the one given (which must be an approved or
 * retired version of the BOM of the object's variant or product), else the version valid on the
 * install date, else on the purchase date (the order's), else today.
 */
export const resolveServiceObjectBomVersionsStep = createStep(
  resolveServiceObjectBomVersionsStepId,
  async (objects: (ObjectBomInput & Record<string, unknown>)[], { container }) => {
    const variantIds = objects.map((o) => o.product_variant_id).filter((id): id is string => !!id)
    if (!variantIds.length && !objects.some((o) => o.bom_version_id)) {
      return new StepResponse(objects)
    }
    const boms = await bomsForVariants(container, variantIds)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const orderIds = [...new Set(objects.map((o) => o.order_id).filter((id): id is string => !!id))]
    const { data: orders } = orderIds.length
      ? await query.graph({ entity: "order", fields: ["id", "created_at"], filters: { id: orderIds } })
      : { data: [] }
    const resolved = objects.map((o) => {
      const applicable = o.product_variant_id ? boms.get(o.product_variant_id) : undefined
      if (o.bom_version_id) {
        const version = applicable?.versions.find((v) => v.id === o.bom_version_id)
        if (!version) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `BOM version ${o.bom_version_id} is not a version of the BOM of this object's product`
          )
        }
        if (version.status === "draft") {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `BOM version ${version.version} is a draft; approve it first`)
        }
        return o
      }
      if (!applicable?.versions.length) {
        return o
      }
      const order = orders.find((x) => x.id === o.order_id)
      const date = new Date((o.installed_at ?? order?.created_at ?? new Date()) as string | Date)
      return { ...o, bom_version_id: pickVersionValidOn(applicable.versions, date)?.id ?? null }
    })
    return new StepResponse(resolved)
  }
)
