import { defineDeleteWorkflow } from "../common/define-delete-workflow"
import { defineRecordWorkflow } from "../common/define-record-workflow"
import { validateWarrantyTermStep } from "./steps/validate-warranty-term"
import { createWarrantyTermsStep, deleteWarrantyTermsStep, updateWarrantyTermsStep } from "./steps/warranty-term-steps"

const exists = { entity: "service_warranty_term", label: "Warranty term" }

/** Creates the warranty term of a product or a variant. Hooks: `validate`, `warrantyTermCreated`. */
export const createWarrantyTermWorkflow = defineRecordWorkflow("create-warranty-term", "warrantyTermCreated", "warranty_term", {
  write: createWarrantyTermsStep,
  check: validateWarrantyTermStep,
})
/** Changes a warranty term; units already registered keep the end they were given. Hooks: `validate`, `warrantyTermChanged`. */
export const updateWarrantyTermWorkflow = defineRecordWorkflow("update-warranty-term", "warrantyTermChanged", "warranty_term", {
  write: updateWarrantyTermsStep,
  exists,
})
/** Deletes warranty terms (soft). Hooks: `validate`, `warrantyTermDeleted`. */
export const deleteWarrantyTermsWorkflow = defineDeleteWorkflow("delete-warranty-terms", "warrantyTermDeleted", {
  remove: deleteWarrantyTermsStep,
  exists,
})
