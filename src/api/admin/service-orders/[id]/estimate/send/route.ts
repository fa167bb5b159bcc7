import { sendServiceEstimateWorkflow } from "../../../../../../workflows/estimates/send-service-estimate"
import { estimateActionRoute } from "../helpers"

/** Sends the draft estimate to the customer (the SLA clock pauses until they answer). */
export const POST = estimateActionRoute(sendServiceEstimateWorkflow)
