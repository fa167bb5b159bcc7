import { WarrantyTermDTO } from "../../../modules/service-management"
import { defineEntitySteps } from "../../common/steps/entity-steps"
import { WarrantyRemedy, WarrantyStartBasis } from "../../../types/enums"

export type WarrantyTermInput = {
  product_id?: string | null
  variant_id?: string | null
  duration_months: number
  start_basis?: WarrantyStartBasis
  parts_coverage_percent?: number
  labour_coverage_percent?: number
  remedies: WarrantyRemedy[]
  transferable?: boolean
  metadata?: Record<string, unknown> | null
}
/** What an update may change: everything but the product or variant the term is for. */
export type WarrantyTermUpdate = { id: string } & Partial<Omit<WarrantyTermInput, "product_id" | "variant_id">>

const steps = defineEntitySteps<WarrantyTermInput, WarrantyTermDTO, WarrantyTermUpdate>("ServiceWarrantyTerms", {
  create: "create-warranty-terms",
  update: "update-warranty-terms",
  delete: "delete-warranty-terms",
})
export const { create: createWarrantyTermsStep, update: updateWarrantyTermsStep, delete: deleteWarrantyTermsStep } = steps
