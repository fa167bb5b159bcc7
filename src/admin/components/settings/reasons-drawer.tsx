import { Trash } from "@medusajs/icons"
import { Badge, Button, Drawer, IconButton, Input, Label, Switch, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { z } from "zod"
import { toastError, toastSuccess } from "../../lib/errors"
import { useCreateStageReason, useDeleteStageReason, useUpdateStageReason } from "../../lib/hooks/stages"
import type { ServiceStage, StageReason } from "../../lib/types"
import { FormRootError } from "../form/form-root-error"
import { FormText } from "../form/form-text"
import { requiredText } from "../form/schema"
import { submitShowingApiErrors, useDrawerForm } from "../form/use-drawer-form"
import type { DrawerProps } from "../form-drawer"

const ReasonSchema = z.object({ code: requiredText("Enter a code"), label: requiredText("Enter a label") })
const NO_REASON = { code: "", label: "" }

const ReasonRow = ({ stageId, reason }: { stageId: string; reason: StageReason }) => {
  const [label, setLabel] = useState(reason.label)
  const update = useUpdateStageReason(stageId)
  const remove = useDeleteStageReason(stageId)
  const prompt = usePrompt()
  const dirty = label.trim() !== reason.label && label.trim().length > 0

  return (
    <div className="flex items-center gap-x-2 px-3 py-2" data-testid="reason-row">
      <div className="flex min-w-0 flex-1 flex-col gap-y-1">
        <Text size="xsmall" className="text-ui-fg-muted">
          {reason.code}
        </Text>
        <div className="flex items-center gap-x-2">
          <Input size="small" value={label} onChange={(e) => setLabel(e.target.value)} aria-label="Label" />
          {dirty && (
            <Button
              size="small"
              variant="secondary"
              isLoading={update.isPending}
              onClick={() =>
                update.mutate(
                  { id: reason.id, label: label.trim() },
                  { onSuccess: () => toastSuccess("Reason was renamed"), onError: toastError }
                )
              }
            >
              Save
            </Button>
          )}
        </div>
      </div>
      <div className="flex flex-col items-center gap-y-1">
        <Switch
          size="small"
          checked={reason.is_active}
          aria-label="Active"
          onCheckedChange={(is_active) =>
            update.mutate(
              { id: reason.id, is_active },
              {
                onSuccess: () => toastSuccess(is_active ? "Reason was activated" : "Reason was deactivated"),
                onError: toastError,
              }
            )
          }
        />
        <Text size="xsmall" className="text-ui-fg-muted">
          {reason.is_active ? "Active" : "Inactive"}
        </Text>
      </div>
      <IconButton
        size="small"
        variant="transparent"
        aria-label="Delete reason"
        onClick={async () => {
          const ok = await prompt({
            title: "Delete reason?",
            description: `"${reason.label}" will be deleted. Past stage changes keep its code. Deactivate it instead to keep it in reports.`,
            confirmText: "Delete",
            cancelText: "Cancel",
          })
          if (ok) {
            remove.mutate(reason.id, { onSuccess: () => toastSuccess("Reason was deleted"), onError: toastError })
          }
        }}
      >
        <Trash />
      </IconButton>
    </div>
  )
}

/** A stage's reasons: add, rename, (de)activate and delete. */
export const ReasonsDrawer = ({ open, onOpenChange, stage }: DrawerProps<{ stage?: ServiceStage | null }>) => {
  const create = useCreateStageReason(stage?.id ?? "")
  const reasons = stage?.reasons ?? []
  const form = useDrawerForm(ReasonSchema, open, NO_REASON)
  const add = submitShowingApiErrors(form, async (body) => {
    await create.mutateAsync(body)
    toastSuccess("Reason was added")
    form.reset(NO_REASON)
  })

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="reasons-drawer">
        <Drawer.Header>
          <Drawer.Title>Reasons for "{stage?.name}"</Drawer.Title>
          <Drawer.Description>
            {stage?.requires_reason
              ? "Moving an order to this stage asks for one of its active reasons."
              : "This stage does not require a reason; reasons are offered only when it does."}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <div className="flex flex-col gap-y-2">
            <div className="flex items-center gap-x-2">
              <Label size="small" weight="plus">
                Reasons
              </Label>
              <Badge size="2xsmall">{reasons.length}</Badge>
            </div>
            {reasons.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle">
                No reasons yet.
              </Text>
            ) : (
              <div className="bg-ui-bg-component shadow-elevation-card-rest flex flex-col divide-y rounded-lg">
                {reasons.map((r) => (
                  <ReasonRow key={`${r.id}-${r.label}`} stageId={stage!.id} reason={r} />
                ))}
              </div>
            )}
          </div>
          <form className="flex flex-col gap-y-2" onSubmit={add}>
            <Label size="small" weight="plus">
              Add a reason
            </Label>
            <div className="grid grid-cols-[1fr_2fr_auto] items-end gap-2">
              <FormText control={form.control} name="code" id="reason-code" label="Code" placeholder="code" />
              <FormText control={form.control} name="label" id="reason-label" label="New reason label" placeholder="Label" />
              <Button size="small" variant="secondary" type="submit" isLoading={form.formState.isSubmitting}>
                Add
              </Button>
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              The code is stored on each stage change; lower-case letters, digits and _.
            </Text>
            <FormRootError control={form.control} testId="reason-error" />
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Done
            </Button>
          </Drawer.Close>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
