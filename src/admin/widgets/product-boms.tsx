import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { BomDiff } from "../components/boms/bom-diff"
import { BomDrawer } from "../components/boms/bom-drawer"
import { BomVersionsTable } from "../components/boms/bom-parts"
import { onlyWith } from "../components/can"
import { currentVersion, variantOptionText, versionLabel } from "../lib/bom-format"
import { useProductBoms } from "../lib/hooks/boms"
import type { Bom } from "../../types"
import { CreateButton, Section } from "../components/section"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

/** One BOM of the product: its versions (a row opens it in the editor) and a comparison of two. */
const ProductBom = ({ bom }: { bom: Bom }) => {
  const navigate = useNavigate()
  const versions = bom.versions ?? []
  const current = currentVersion(versions)
  return (
    <div className="flex flex-col divide-y" data-testid="product-bom" data-bom-id={bom.id}>
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex flex-col">
          <Text size="small" weight="plus" leading="compact">
            {bom.name}
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {bom.variant_id ? `Variant ${bom.variant ? variantOptionText(bom.variant) : bom.variant_id}` : "All variants"} ·{" "}
            {current ? `current ${versionLabel(current).toLowerCase()}` : "no approved version valid today"}
          </Text>
        </div>
        <Link to={`/boms/${bom.id}`} className={linkClass} data-testid="product-bom-open">
          Open editor
        </Link>
      </div>
      {versions.length ? (
        <BomVersionsTable
          versions={versions}
          testId="product-bom-versions"
          onSelect={(v) => navigate(`/boms/${bom.id}?version=${v.id}`)}
        />
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No versions yet.
        </Text>
      )}
      {versions.length > 1 && <BomDiff bomId={bom.id} versions={versions} testId="product-bom-diff" />}
    </div>
  )
}

/** Product details: the product's bills of materials with their versions, and a diff of two versions. */
const ProductBomsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading } = useProductBoms(product.id)
  const [createOpen, setCreateOpen] = useState(false)
  const boms = data?.boms ?? []

  return (
    <Section
      testId="product-boms-widget"
      title="Bills of materials"
      description="The parts this product is built from, in versions."
      actions={
        <CreateButton permission="settings.write" onClick={() => setCreateOpen(true)} testId="product-create-bom">
          Create BOM
        </CreateButton>
      }
    >
      {isLoading ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading BOMs…
        </Text>
      ) : boms.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No BOM for this product yet.
        </Text>
      ) : (
        boms.map((bom) => <ProductBom key={bom.id} bom={bom} />)
      )}
      <BomDrawer open={createOpen} onOpenChange={setCreateOpen} bom={null} productId={product.id} />
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details",
})

export default onlyWith(ProductBomsWidget, "settings.read")
