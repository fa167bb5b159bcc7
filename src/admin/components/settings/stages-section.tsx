import { ListCheckbox, PencilSquare, Trash } from "@medusajs/icons"
import { Badge, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { toastError, toastSuccess } from "../../lib/errors"
import { useDeleteServiceStage, useServiceStages } from "../../lib/hooks/stages"
import { STAGE_FLAGS, type ServiceStage, type StageFlag } from "../../lib/types"
import { ActionMenu } from "../action-menu"
import { StageBadge } from "../badges"
import { ReadOnlyTable } from "../read-only-table"
import { ReasonsDrawer } from "./reasons-drawer"
import { FLAG_HELP, StageDrawer } from "./stage-drawer"
import { CreateButton, Section } from "../section"
import { useEditing } from "../use-editing"

// The list calls out what differs from a stage's defaults, so unusual rules stand out.
const DEFAULT_ON: StageFlag[] = ["is_active", "allow_edit_lines", "allow_add_repair_lines", "allow_assign", "customer_visible"]
const OFF_LABEL: Partial<Record<StageFlag, string>> = {
  is_active: "Inactive",
  allow_edit_lines: "Lines locked",
  allow_add_repair_lines: "No repair lines",
  allow_assign: "No assigning",
  customer_visible: "Hidden from customer",
}
const shownFlags = (s: ServiceStage) =>
  STAGE_FLAGS.filter((f) => (DEFAULT_ON.includes(f) ? !s[f] : s[f])).map((f) =>
    DEFAULT_ON.includes(f) ? OFF_LABEL[f]! : FLAG_HELP[f].label
  )

/** Settings › Service › Stages: the stage rules, in position order. */
export const StagesSection = () => {
  const { data, isLoading, isError, error } = useServiceStages()
  const stages = [...(data?.service_stages ?? [])].sort((a, b) => a.position - b.position)
  const byCode = new Map(stages.map((s) => [s.code, s]))
  const editing = useEditing<ServiceStage>()
  const [reasonsFor, setReasonsFor] = useState<string | null>(null)
  const remove = useDeleteServiceStage()
  const prompt = usePrompt()

  const onDelete = async (stage: ServiceStage) => {
    const ok = await prompt({
      title: `Delete stage "${stage.name}"?`,
      description:
        "Orders in this stage keep working only if you move them first; the API refuses to delete a stage that is in use.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (ok) {
      remove.mutate(stage.id, { onSuccess: () => toastSuccess(`Stage "${stage.name}" was deleted`), onError: toastError })
    }
  }

  // Read the stage for the reasons drawer from fresh data, so edits show at once.
  const reasonsStage = stages.find((s) => s.id === reasonsFor) ?? null

  return (
    <Section
      title="Stages"
      description="The life cycle of a service order and the rules of each stage."
      actions={
        <CreateButton permission="settings.write" onClick={editing.create} testId="create-stage-button">
          Create stage
        </CreateButton>
      }
    >
      <ReadOnlyTable
        rows={stages}
        rowKey={(s) => s.id}
        rowProps={(s) => ({ "data-testid": "stage-row", "data-code": s.code })}
        isLoading={isLoading}
        error={isError ? error : undefined}
        empty="No stages yet."
        testId="stages-table"
        columns={[
          { header: "#", cell: (s) => <span className="text-ui-fg-muted">{s.position}</span> },
          { header: "Code", cell: (s) => <code className="txt-compact-xsmall">{s.code}</code> },
          { header: "Stage", cell: (s) => <StageBadge stage={s} /> },
          {
            header: "Rules",
            cell: (s) => (
              <div className="flex max-w-[320px] flex-wrap gap-1 py-2">
                {shownFlags(s).length === 0 && <span className="text-ui-fg-muted">Defaults</span>}
                {shownFlags(s).map((f) => (
                  <Badge key={f} size="2xsmall">
                    {f}
                  </Badge>
                ))}
              </div>
            ),
          },
          {
            header: "Next stages",
            cell: (s) => (
              <span className="txt-compact-small">
                {s.next_stage_codes?.length ? s.next_stage_codes.map((c) => byCode.get(c)?.name ?? c).join(", ") : "–"}
              </span>
            ),
          },
          {
            header: "Reasons",
            cell: (s) => (s.reasons?.length ? `${s.reasons.filter((r) => r.is_active).length} / ${s.reasons.length}` : "–"),
          },
          {
            header: "",
            className: "w-[52px]",
            cell: (s) => (
              <ActionMenu
                groups={[
                  {
                    actions: [
                      { label: "Edit", icon: <PencilSquare />, onClick: () => editing.edit(s) },
                      { label: "Reasons", icon: <ListCheckbox />, onClick: () => setReasonsFor(s.id) },
                    ],
                  },
                  { actions: [{ label: "Delete", icon: <Trash />, onClick: () => onDelete(s) }] },
                ]}
              />
            ),
          },
        ]}
      />
      <StageDrawer
        open={editing.open}
        onOpenChange={editing.onOpenChange}
        stage={editing.record}
        stages={stages}
      />
      <ReasonsDrawer open={!!reasonsFor} onOpenChange={(open) => !open && setReasonsFor(null)} stage={reasonsStage} />
    </Section>
  )
}
