import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { CoreRouteGate } from "../components/core-route-refused"

/** Medusa's list pages a restricted service role may not load send the user to the message saying so. */
export const config = defineWidgetConfig({
  zone: [
    "order.list.before",
    "draft_order.list.before",
    "customer.list.before",
    "customer_group.list.before",
    "inventory_item.list.before",
    "reservation.list.before",
    "price_list.list.before",
    "campaign.list.before",
    "user.list.before",
    "api_key.list.before",
    "region.list.before",
    "sales_channel.list.before",
    "location.list.before",
  ],
})

export default CoreRouteGate
