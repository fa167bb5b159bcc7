import { PencilSquare, Trash } from "@medusajs/icons"
import { usePrompt } from "@medusajs/ui"
import { toastError, toastSuccess } from "../lib/errors"
import { ActionMenu } from "./action-menu"
import { Can } from "./can"

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * The "…" menu of a catalogue row: edit, and delete after a confirmation naming the record
 * (`label`, e.g. `task "Inspection"`) and what deleting it means. Shown with `permission` only.
 */
export const RowActions = ({
  label,
  consequence,
  onEdit,
  onDelete,
  testId,
  permission,
}: {
  label: string
  consequence: string
  onEdit: () => void
  onDelete: () => Promise<unknown>
  testId?: string
  /** The permission that changes these records. */
  permission: string
}) => {
  const prompt = usePrompt()
  const confirmDelete = async () => {
    if (await prompt({ title: `Delete ${label}?`, description: consequence, confirmText: "Delete", cancelText: "Cancel" })) {
      await onDelete().then(() => toastSuccess(`${capitalized(label)} was deleted`), toastError)
    }
  }
  return (
    <Can permission={permission}>
      <ActionMenu
        testId={testId}
        groups={[
          { actions: [{ label: "Edit", icon: <PencilSquare />, onClick: onEdit }] },
          { actions: [{ label: "Delete", icon: <Trash />, onClick: () => void confirmDelete() }] },
        ]}
      />
    </Can>
  )
}
