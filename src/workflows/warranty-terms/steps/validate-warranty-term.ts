import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { checkReferences } from "../../common/utils/references"
import { WarrantyTermInput, WarrantyTermUpdate } from "./warranty-term-steps"

export const validateWarrantyTermStepId = "validate-warranty-term"
/**
 * Checks a new term's product or variant exists (404) and has no term yet (422: edit that one).
 * An update names neither, so it has nothing to check here. Writes nothing.
 */
export const validateWarrantyTermStep = createStep(
  validateWarrantyTermStepId,
  async (input: WarrantyTermInput | WarrantyTermUpdate, { container }) => {
    const { product_id, variant_id } = input as WarrantyTermInput
    if (!product_id && !variant_id) {
      return new StepResponse(void 0)
    }
    await checkReferences(container, [
      { field: "product_id", entity: "product", id: product_id },
      { field: "variant_id", entity: "product_variant", id: variant_id },
    ])
    const owner = product_id ? { product_id } : { variant_id: variant_id! }
    const [existing] = await container
      .resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
      .listServiceWarrantyTerms(owner, { select: ["id"] })
    if (existing) {
      const what = product_id ? `product ${product_id}` : `variant ${variant_id}`
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The ${what} already has warranty term ${existing.id}; change that one instead`)
    }
    return new StepResponse(void 0)
  }
)
