import { documentRoute } from "../../../../utils/document-route"

/** The job receipt PDF for the customer: prices and totals, never costs, margins or internal notes. */
export const GET = documentRoute("job_receipt")
