import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { registerFulfilledUnitsWorkflow } from "../workflows/installed-base/register-fulfilled-units"

/** Registers the installed base of a fulfilment: one workflow per fulfilment, one object per unit. */
export default async function orderFulfillmentCreated({ event, container }: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  await registerFulfilledUnitsWorkflow(container).run({ input: { order_id: event.data.order_id, fulfillment_id: event.data.fulfillment_id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.FULFILLMENT_CREATED,
  context: { subscriberId: "service-management-installed-base" },
}
