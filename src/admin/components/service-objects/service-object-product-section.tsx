import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { ServiceObject } from "../../../types"
import { variantLabel } from "../../lib/format"
import { SectionRow } from "../section-row"
import { Section } from "../section"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/** The product variant the object is an instance of, linked to the catalogue. */
export const ServiceObjectProductSection = ({ object }: { object: ServiceObject }) => {
  const variant = object.product_variant
  const product = variant?.product
  return (
    <Section title="Product">
      {variant ? (
        <>
          <SectionRow
            title="Product"
            value={
              product ? (
                <Link to={`/products/${product.id}`} className={linkClass}>
                  {product.title || product.id}
                </Link>
              ) : (
                "–"
              )
            }
          />
          <SectionRow
            title="Variant"
            value={
              product ? (
                <Link to={`/products/${product.id}/variants/${variant.id}`} className={linkClass}>
                  {variant.title || variantLabel(object) || variant.id}
                </Link>
              ) : (
                variant.title || variant.id
              )
            }
          />
          <SectionRow title="SKU" value={variant.sku || "–"} />
        </>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Not linked to a product variant.
          </Text>
        </div>
      )}
    </Section>
  )
}
