import { PencilSquare, Trash } from "@medusajs/icons"
import { Container, Heading, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { currentVersion, validityText, variantOptionText, versionLabel } from "../../lib/bom-format"
import { useDeleteBom } from "../../lib/hooks/boms"
import type { Bom } from "../../lib/bom-types"
import { toastError, toastSuccess } from "../../lib/errors"
import { ActionMenu } from "../action-menu"
import { Can } from "../can"
import { SectionRow } from "../section-row"
import { BomDrawer } from "./bom-drawer"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/** The BOM editor's header: name, product and variant (links to Medusa's product pages), description. */
export const BomHeaderSection = ({ bom }: { bom: Bom }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const remove = useDeleteBom()
  const [editOpen, setEditOpen] = useState(false)
  const current = currentVersion(bom.versions ?? [])

  const onDelete = async () => {
    const ok = await prompt({
      title: `Delete BOM "${bom.name}"?`,
      description: "The BOM and all its versions are deleted. Refused while service objects are pinned to a version or repairs name its parts.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (ok) {
      remove.mutate(bom.id, {
        onSuccess: () => {
          toastSuccess(`BOM "${bom.name}" was deleted`)
          navigate("/settings/service?tab=boms", { replace: true })
        },
        onError: toastError,
      })
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="bom-header">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading data-testid="bom-name">{bom.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Bill of materials
          </Text>
        </div>
        <Can permission="settings.write">
          <ActionMenu
            testId="bom-actions"
            groups={[
              { actions: [{ label: "Edit", icon: <PencilSquare />, onClick: () => setEditOpen(true) }] },
              { actions: [{ label: "Delete", icon: <Trash />, onClick: onDelete }] },
            ]}
          />
        </Can>
      </div>
      <SectionRow
        title="Product"
        value={
          <Link to={`/products/${bom.product_id}`} className={linkClass} data-testid="bom-product-link">
            {bom.product?.title ?? bom.product_id}
          </Link>
        }
      />
      <SectionRow
        title="Variant"
        value={
          bom.variant_id ? (
            <Link to={`/products/${bom.product_id}/variants/${bom.variant_id}`} className={linkClass}>
              {bom.variant ? variantOptionText(bom.variant) : bom.variant_id}
            </Link>
          ) : (
            "All variants"
          )
        }
      />
      <SectionRow title="Current version" value={current ? `${versionLabel(current)} · ${validityText(current)}` : "None approved"} />
      <SectionRow title="Description" value={bom.description} />
      <BomDrawer open={editOpen} onOpenChange={setEditOpen} bom={bom} />
    </Container>
  )
}
