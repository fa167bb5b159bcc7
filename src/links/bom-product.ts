import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ServiceManagementModule from "../modules/service-management"

// A BOM names its product by id; this lets `fields=product.*` read it (no link table).
export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceBom, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
