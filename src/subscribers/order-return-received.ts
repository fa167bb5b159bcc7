import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { endWarrantiesWorkflow } from "../workflows/installed-base/warranty-lifecycle"

/** A returned unit's warranty ends (kept as history); a return for repair ends nothing. */
export default async function orderReturnReceived({ event, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await endWarrantiesWorkflow(container).run({ input: { order_id: event.data.order_id, return_id: event.data.return_id, reason: "returned" } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_RECEIVED,
  context: { subscriberId: "service-management-returned-warranties" },
}
