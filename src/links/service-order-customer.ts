import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ServiceManagementModule from "../modules/service-management"

export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceOrder, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
