import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ServiceManagementModule from "../modules/service-management"

// A variant's own BOM names the variant by id; `fields=variant.*` reads it (no link table). The
// alias differs from the service object's `product_variant`: one alias per module and target.
export default defineLink(
  { linkable: ServiceManagementModule.linkable.serviceBom, field: "variant_id" },
  { linkable: ProductModule.linkable.productVariant, alias: "variant" },
  { readOnly: true }
)
