import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ServiceManagementModule from "../modules/service-management"

// The agreement stores customer_id; a read-only link lets query.graph return `customer` with it.
export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceAgreement, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
