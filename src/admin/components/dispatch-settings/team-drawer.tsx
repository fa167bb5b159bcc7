import { Input, Textarea } from "@medusajs/ui"
import { useSaveTeam } from "../../lib/hooks/dispatch-teams"
import type { DispatchTeam } from "../../lib/dispatch-types"
import { Field, FormError } from "../field"
import { FormDrawer } from "../form-drawer"
import { useRecordForm } from "./use-record-form"

type TeamValues = { name: string; description: string | null; color: string | null }

/** Creates or edits a dispatch team (the board filters by team). */
export const TeamDrawer = ({ open, onOpenChange, team }: { open: boolean; onOpenChange: (o: boolean) => void; team: DispatchTeam | null }) => {
  const save = useSaveTeam()
  const form = useRecordForm<DispatchTeam, TeamValues>({
    open,
    onOpenChange,
    record: team,
    toValues: (t) => ({ name: t?.name ?? "", description: t?.description ?? "", color: t?.color ?? "#2563eb" }),
    save,
    describe: (v) => `Team "${v.name}"`,
  })
  const { name, description, color } = form.values
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={form.isEdit ? "Edit team" : "Create team"}
      onSubmit={() => form.submit({ name: name.trim(), description: description?.trim() || null, color })}
      isPending={save.isPending}
      submitLabel={form.isEdit ? "Save" : "Create"}
      submitDisabled={!name.trim()}
      testId="team-drawer"
    >
      <Field label="Name" htmlFor="team-name">
        <Input id="team-name" size="small" value={name} onChange={(e) => form.set({ name: e.target.value })} />
      </Field>
      <Field label="Colour" htmlFor="team-color">
        <Input id="team-color" type="color" size="small" className="w-[80px]" value={color ?? "#2563eb"} onChange={(e) => form.set({ color: e.target.value })} />
      </Field>
      <Field label="Description" htmlFor="team-description" optional>
        <Textarea id="team-description" value={description ?? ""} onChange={(e) => form.set({ description: e.target.value })} />
      </Field>
      <FormError message={form.error} testId="team-error" />
    </FormDrawer>
  )
}
