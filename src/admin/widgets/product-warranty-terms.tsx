import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import type { WarrantyTerm } from "../../types"
import { Can, onlyWith } from "../components/can"
import { RowActions } from "../components/row-actions"
import { Section } from "../components/section"
import { WarrantyTermDrawer } from "../components/warranty/warranty-term-drawer"
import { useProduct } from "../lib/hooks/products"
import { useDeleteWarrantyTerm, useProductWarrantyTerms } from "../lib/hooks/warranty-terms"
import { warrantyTermText } from "../lib/warranty-format"

type Editing = { term: WarrantyTerm | null; target: { product_id: string } | { variant_id: string }; label: string }

/** One row: whose term it is, the term (or what applies instead), and add / edit / delete. */
const TermRow = ({
  label,
  term,
  fallback,
  onEdit,
  testId,
}: {
  label: string
  term: WarrantyTerm | null
  fallback: string
  onEdit: () => void
  testId: string
}) => {
  const remove = useDeleteWarrantyTerm()
  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-4" data-testid={testId}>
      <div className="flex min-w-0 flex-col">
        <Text size="small" weight="plus" leading="compact" className="truncate">
          {label}
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-subtle" data-testid={`${testId}-text`}>
          {term ? warrantyTermText(term) : fallback}
        </Text>
      </div>
      {term ? (
        <RowActions
          permission="settings.write"
          label={`warranty terms of ${label}`}
          consequence="Units already sold keep the warranty they were registered with."
          onEdit={onEdit}
          onDelete={() => remove.mutateAsync(term.id)}
          testId={`${testId}-actions`}
        />
      ) : (
        <Can permission="settings.write">
          <Button size="small" variant="secondary" onClick={onEdit} data-testid={`${testId}-add`}>
            Add
          </Button>
        </Can>
      )}
    </div>
  )
}

/**
 * Product details: the product's warranty terms and each variant's override (a variant without
 * its own term has the product's), added, edited and deleted in one drawer.
 */
const ProductWarrantyTermsWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { data: loaded } = useProduct(data.id)
  const variants = loaded?.product.variants ?? []
  const { productTerm, variantTerms, isLoading, error } = useProductWarrantyTerms(
    data.id,
    variants.map((v) => v.id)
  )
  const [editing, setEditing] = useState<Editing | null>(null)
  const [open, setOpen] = useState(false)
  const edit = (next: Editing) => {
    setEditing(next)
    setOpen(true)
  }

  return (
    <Section
      testId="product-warranty-widget"
      title="Warranty terms"
      description="What a unit sold is covered for; a variant's own terms override the product's."
    >
      {error || isLoading ? (
        <Text size="small" className={`px-6 py-4 ${error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}>
          {error ? error.message : "Loading warranty terms…"}
        </Text>
      ) : (
        <>
          <TermRow
            label="All variants"
            term={productTerm}
            fallback="No warranty terms"
            testId="product-warranty-term"
            onEdit={() => edit({ term: productTerm, target: { product_id: data.id }, label: data.title })}
          />
          {variants.map((v) => {
            const term = variantTerms.find((t) => t.variant_id === v.id) ?? null
            const label = [v.title, v.sku].filter(Boolean).join(" · ") || v.id
            return (
              <TermRow
                key={v.id}
                label={label}
                term={term}
                fallback={productTerm ? "As product" : "No warranty terms"}
                testId="variant-warranty-term"
                onEdit={() => edit({ term, target: { variant_id: v.id }, label })}
              />
            )
          })}
        </>
      )}
      {editing && (
        <WarrantyTermDrawer
          open={open}
          onOpenChange={setOpen}
          term={editing.term}
          target={editing.target}
          targetLabel={editing.label}
        />
      )}
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details",
})

// The terms are service settings: read with settings.read, changed with settings.write (as the routes).
export default onlyWith(ProductWarrantyTermsWidget, "settings.read")
