import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ServiceManagementModule from "../modules/service-management"

/** The Medusa order a posted service order created (`service_order.posted_order`). */
export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceOrder, field: "posted_order_id" },
  { linkable: OrderModule.linkable.order, alias: "posted_order" },
  { readOnly: true }
)
