import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ServiceManagementModule from "../modules/service-management"

/** The Medusa order that invoiced a fee transaction (`service_subscription_fee_transaction.order`). */
export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceSubscriptionFeeTransaction, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
