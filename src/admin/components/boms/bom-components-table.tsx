import { PencilSquare, Trash } from "@medusajs/icons"
import { Table, usePrompt } from "@medusajs/ui"
import { EmptyText, TableHead } from "../section-table"
import type { BomComponent } from "../../../types"
import { componentName, quantityText } from "../../lib/bom-format"
import { toastError, toastSuccess } from "../../lib/errors"
import { useDeleteBomComponent } from "../../lib/hooks/boms"
import { useCan } from "../../lib/hooks/roles"
import { ActionMenu, type Action } from "../action-menu"

/** An action that, on a version no longer a draft, stays visible but disabled with the reason. */
export const lockable = (action: Action, locked: string | null): Action => ({
  ...action,
  disabled: !!locked,
  disabledReason: locked ?? undefined,
})

/**
 * A version's components in position order, with edit and remove for those allowed to change
 * settings; `locked` (why the version can no longer change) disables both.
 */
export const BomComponentsTable = ({
  bomId,
  versionId,
  versionLabel,
  components,
  variantOf,
  locked,
  onEdit,
}: {
  bomId: string
  versionId: string
  versionLabel: string
  components: BomComponent[]
  variantOf: (c: BomComponent) => string | null
  locked: string | null
  onEdit: (c: BomComponent) => void
}) => {
  const prompt = usePrompt()
  const canWrite = useCan("settings.write")
  const remove = useDeleteBomComponent(bomId, versionId)

  const onRemove = async (c: BomComponent) => {
    const name = componentName(c, variantOf(c))
    const ok = await prompt({
      title: `Remove "${name}"?`,
      description: `The component is removed from draft ${versionLabel.toLowerCase()}.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (ok) {
      remove.mutate(c.id, { onSuccess: () => toastSuccess(`"${name}" was removed`), onError: toastError })
    }
  }

  if (components.length === 0) {
    return <EmptyText>No components yet.</EmptyText>
  }
  return (
    <div className="overflow-x-auto">
      <Table data-testid="bom-components">
        <TableHead columns={["Pos.", "Reference", "Part", "Quantity", "Unit"]} rightAligned={["Quantity"]} menu={canWrite} />
        <Table.Body>
          {components.map((c) => (
            <Table.Row key={c.id} data-testid="bom-component-row" data-part={c.part_number ?? undefined}>
              <Table.Cell>{c.position}</Table.Cell>
              <Table.Cell>{c.reference || "–"}</Table.Cell>
              <Table.Cell>
                <div className="flex flex-col py-2">
                  <span className="text-ui-fg-base">{componentName(c, variantOf(c))}</span>
                  {c.product_variant_id && (c.part_number || c.title) && (
                    <span className="txt-compact-xsmall text-ui-fg-subtle">{variantOf(c) ?? c.product_variant_id}</span>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell className="text-right">{quantityText(c.quantity)}</Table.Cell>
              <Table.Cell>{c.unit || "–"}</Table.Cell>
              {canWrite && (
                <Table.Cell>
                  <ActionMenu
                    testId="bom-component-actions"
                    groups={[
                      { actions: [lockable({ label: "Edit", icon: <PencilSquare />, onClick: () => onEdit(c) }, locked)] },
                      { actions: [lockable({ label: "Remove", icon: <Trash />, onClick: () => onRemove(c) }, locked)] },
                    ]}
                  />
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
