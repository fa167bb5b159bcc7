import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { endWarrantiesWorkflow } from "../workflows/installed-base/warranty-lifecycle"

/** A cancelled order's units lose their warranty (kept as history). */
export default async function orderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await endWarrantiesWorkflow(container).run({ input: { order_id: event.data.id, reason: "order_canceled" } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "service-management-canceled-warranties" },
}
