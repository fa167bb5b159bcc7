import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LoadServiceOrderDocumentInput, loadServiceOrderDocumentStep } from "./steps/load-service-order-document"

export const loadServiceOrderDocumentWorkflowId = "load-service-order-document"
/**
 * The data of a service order's work description or job receipt, in the language chosen for it
 * (see src/documents/locale.ts); `renderServiceOrderDocument` turns it into a PDF. Reads only, so
 * a host app may run it too (e.g. to attach the receipt to an email).
 */
export const loadServiceOrderDocumentWorkflow = createWorkflow(
  loadServiceOrderDocumentWorkflowId,
  (input: LoadServiceOrderDocumentInput) => new WorkflowResponse(loadServiceOrderDocumentStep(input))
)
