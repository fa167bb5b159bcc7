import { Plus } from "@medusajs/icons"
import { Button, usePrompt } from "@medusajs/ui"
import type { AgreementLine, ServiceAgreement } from "../../../types"
import { toastError, toastSuccess } from "../../lib/errors"
import { useDeleteAgreementLine } from "../../lib/hooks/service-agreements"
import { AgreementLineDrawer } from "../sla/agreement-line-drawer"
import { editLockReason } from "./agreement-actions"
import { AgreementLineRow } from "./agreement-line-row"
import { useLineNames } from "../use-line-names"
import { Section } from "../section"
import { Explained } from "../explained"
import { useEditing } from "../use-editing"
import { EmptyText, LinesTable } from "../section-table"

const COLUMNS = ["Type", "Description", "Object", "Qty", "Unit price", "Unit cost", "Recurrence", "Next dates", "Allowance"]
const RIGHT_ALIGNED = ["Qty", "Unit price", "Unit cost"]

/** The agreement's lines (oldest first) with their recurrence, next dates and allowance balance; add, edit and delete while editable. */
export const AgreementLinesSection = ({ agreement }: { agreement: ServiceAgreement }) => {
  const drawer = useEditing<AgreementLine>()
  const prompt = usePrompt()
  const remove = useDeleteAgreementLine(agreement.id)
  const lockedReason = editLockReason(agreement)
  const lines = [...(agreement.lines ?? [])].sort(
    (a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime()
  )
  const names = useLineNames(lines)
  // Until the names arrive (or for a deleted record) the id stands in.
  const nameOf = (id: string) => names(id) ?? id

  const onDelete = async (line: AgreementLine) => {
    const ok = await prompt({
      title: "Delete line?",
      description: `"${line.description}" will be removed from ${agreement.number}. Orders already generated stay.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (ok) {
      remove.mutate(line.id, { onSuccess: () => toastSuccess("Line was deleted"), onError: toastError })
    }
  }

  const addButton = (
    <Button
      size="small"
      variant="secondary"
      disabled={!!lockedReason}
      onClick={drawer.create}
      data-testid="add-agreement-line"
    >
      <Plus />
      Add line
    </Button>
  )

  return (
    <Section
      title="Lines"
      actions={
        <Explained reason={lockedReason}>{addButton}</Explained>
      }
    >
      {lines.length === 0 ? (
        <EmptyText>No lines yet. Add the hours, items, expenses and fees the agreement provides, with how often they recur.</EmptyText>
      ) : (
        <LinesTable testId="agreement-lines-table" columns={COLUMNS} rightAligned={RIGHT_ALIGNED}>
          {lines.map((line) => (
            <AgreementLineRow
              key={line.id}
              agreement={agreement}
              line={line}
              nameOf={nameOf}
              lockedReason={lockedReason}
              onEdit={() => drawer.edit(line)}
              onDelete={() => onDelete(line)}
            />
          ))}
        </LinesTable>
      )}
      <AgreementLineDrawer
        open={drawer.open}
        onOpenChange={drawer.onOpenChange}
        agreement={agreement}
        line={drawer.record}
      />
    </Section>
  )
}
