import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ServiceManagementModule from "../modules/service-management"

export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceObject, field: "order_line_item_id" },
  OrderModule.linkable.orderLineItem,
  { readOnly: true }
)
