import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkReferences, Reference } from "../utils/references"

export const checkReferencesStepId = "check-references"
/** Refuses a request whose ids name no usable row (see `checkReferences`); writes nothing. */
export const checkReferencesStep = createStep(checkReferencesStepId, async (references: Reference[], { container }) => {
  await checkReferences(container, references)
  return new StepResponse(void 0)
})
