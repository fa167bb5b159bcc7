import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ServiceManagementModule from "../modules/service-management"

export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceSubscription, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
