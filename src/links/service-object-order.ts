import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ServiceManagementModule from "../modules/service-management"

export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceObject, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
