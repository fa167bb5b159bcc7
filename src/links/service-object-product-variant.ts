import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ServiceManagementModule from "../modules/service-management"

export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceObject, field: "product_variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
