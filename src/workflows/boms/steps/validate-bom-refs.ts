import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type BomRefsInput = {
  product_id?: string | null
  variant_id?: string | null
  /** Variants components name. */
  component_variant_ids?: (string | null | undefined)[]
}

export const validateBomRefsStepId = "validate-bom-refs"
/** Checks that the product and variants a BOM or its components name exist, and the BOM's variant is the product's. */
export const validateBomRefsStep = createStep(validateBomRefsStepId, async (input: BomRefsInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (input.product_id) {
    const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: input.product_id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    }
  }
  const variantIds = [
    ...new Set([input.variant_id, ...(input.component_variant_ids ?? [])].filter((id): id is string => !!id)),
  ]
  if (!variantIds.length) {
    return new StepResponse(void 0)
  }
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantIds },
  })
  const missing = variantIds.filter((id) => !variants.some((v) => v.id === id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product variant ${missing.join(", ")} was not found`)
  }
  const own = input.variant_id && variants.find((v) => v.id === input.variant_id)
  if (own && input.product_id && own.product_id !== input.product_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Variant ${input.variant_id} is not a variant of product ${input.product_id}`
    )
  }
  return new StepResponse(void 0)
})
