import { documentRoute } from "../../../../utils/document-route"

/** The signed-in customer's job receipt for one of their own orders; another customer's answers 404. */
export const GET = documentRoute("job_receipt", { ownedBy: "customer" })
