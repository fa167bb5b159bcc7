import { Input, Textarea } from "@medusajs/ui"
import { useSaveSkill } from "../../lib/hooks/skills"
import type { Skill } from "../../lib/dispatch-types"
import { Field, FormError } from "../field"
import { FormDrawer } from "../form-drawer"
import { useRecordForm } from "./use-record-form"

type SkillValues = { code?: string; name: string; description: string | null }

/** Creates or edits a skill (technicians hold skill codes; service tasks require them). */
export const SkillDrawer = ({ open, onOpenChange, skill }: { open: boolean; onOpenChange: (o: boolean) => void; skill: Skill | null }) => {
  const save = useSaveSkill()
  const form = useRecordForm<Skill, SkillValues>({
    open,
    onOpenChange,
    record: skill,
    toValues: (s) => ({ code: s?.code ?? "", name: s?.name ?? "", description: s?.description ?? "" }),
    save,
    describe: (v) => `Skill "${v.name}"`,
  })
  const { code = "", name, description } = form.values
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={form.isEdit ? "Edit skill" : "Create skill"}
      // The code is fixed once created (technicians and tasks refer to it), so an edit sends the rest.
      onSubmit={() =>
        form.submit({ ...(form.isEdit ? {} : { code: code.trim() }), name: name.trim(), description: description?.trim() || null })
      }
      isPending={save.isPending}
      submitLabel={form.isEdit ? "Save" : "Create"}
      submitDisabled={!code.trim() || !name.trim()}
      testId="skill-drawer"
    >
      <Field label="Code" htmlFor="skill-code" hint="Used on technicians and service tasks, e.g. gas-certified; fixed once created.">
        <Input id="skill-code" size="small" value={code} disabled={form.isEdit} onChange={(e) => form.set({ code: e.target.value })} />
      </Field>
      <Field label="Name" htmlFor="skill-name">
        <Input id="skill-name" size="small" value={name} onChange={(e) => form.set({ name: e.target.value })} />
      </Field>
      <Field label="Description" htmlFor="skill-description" optional>
        <Textarea id="skill-description" value={description ?? ""} onChange={(e) => form.set({ description: e.target.value })} />
      </Field>
      <FormError message={form.error} testId="skill-error" />
    </FormDrawer>
  )
}
