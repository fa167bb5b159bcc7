import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { startDeliveredWarrantiesWorkflow } from "../workflows/installed-base/warranty-lifecycle"

/** Starts the warranties that run from delivery (Medusa's payload is the fulfilment's id). */
export default async function fulfillmentDelivered({ event, container }: SubscriberArgs<{ id: string }>) {
  await startDeliveredWarrantiesWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.DELIVERY_CREATED,
  context: { subscriberId: "service-management-delivered-warranties" },
}
