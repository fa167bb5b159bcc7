import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WarrantyEndReason } from "../../types/enums"
import { updateServiceObjectsStep } from "../service-objects/steps/update-service-objects"
import { planDeliveredWarrantiesStep, planEndedWarrantiesStep } from "./steps/plan-warranty-changes"

export const startDeliveredWarrantiesWorkflowId = "start-delivered-warranties"
/** Starts the warranties that run from delivery once a fulfilment is delivered. Hook: `deliveredWarrantiesStarted`. */
export const startDeliveredWarrantiesWorkflow = createWorkflow(startDeliveredWarrantiesWorkflowId, (input: { fulfillment_id: string }) => {
  const updates = planDeliveredWarrantiesStep(input)
  const started = updateServiceObjectsStep(updates)
  const deliveredWarrantiesStarted = createHook("deliveredWarrantiesStarted", { input, service_objects: started })
  return new WorkflowResponse(started, { hooks: [deliveredWarrantiesStarted] })
})

export type EndWarrantiesInput = { order_id: string; return_id?: string; reason: WarrantyEndReason }

export const endWarrantiesWorkflowId = "end-warranties"
/** Ends the warranty of returned units or of a cancelled order's units, kept as history. Hook: `warrantiesEnded`. */
export const endWarrantiesWorkflow = createWorkflow(endWarrantiesWorkflowId, (input: EndWarrantiesInput) => {
  const updates = planEndedWarrantiesStep(input)
  const ended = updateServiceObjectsStep(updates)
  const warrantiesEnded = createHook("warrantiesEnded", { input, service_objects: ended })
  return new WorkflowResponse(ended, { hooks: [warrantiesEnded] })
})
