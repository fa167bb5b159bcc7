import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ServiceManagementModule from "../modules/service-management"

// An SLA's group assignment stores customer_group_id; read-only, so query.graph can return the group's name.
export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceSlaCustomerGroup, field: "customer_group_id" },
  CustomerModule.linkable.customerGroup,
  { readOnly: true }
)
