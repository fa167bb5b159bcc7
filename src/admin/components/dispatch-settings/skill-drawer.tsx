import { z } from "zod"
import type { Skill } from "../../lib/dispatch-types"
import { toastSaved } from "../../lib/errors"
import { useSaveSkill } from "../../lib/hooks/skills"
import { FormText, FormTextarea } from "../form/form-text"
import { optionalText, requiredText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer } from "../form-drawer"

const SkillSchema = z.object({
  code: requiredText("Enter a code"),
  name: requiredText("Enter a name"),
  description: optionalText(),
})

/** Creates or edits a skill (technicians hold skill codes; service tasks require them). */
export const SkillDrawer = ({ open, onOpenChange, skill }: { open: boolean; onOpenChange: (o: boolean) => void; skill: Skill | null }) => {
  const save = useSaveSkill()
  const form = useDrawerForm(SkillSchema, open, { code: skill?.code ?? "", name: skill?.name ?? "", description: skill?.description ?? "" })
  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={skill ? "Edit skill" : "Create skill"}
      submitLabel={skill ? "Save" : "Create"}
      testId="skill-drawer"
      errorTestId="skill-error"
      onSubmit={async ({ code, ...rest }) => {
        // The code is fixed once created (technicians and tasks refer to it), so an edit sends the rest.
        await save.mutateAsync({ id: skill?.id, body: skill ? rest : { code, ...rest } })
        toastSaved(`Skill "${rest.name}"`, !!skill)
      }}
    >
      <FormText
        control={form.control}
        name="code"
        id="skill-code"
        label="Code"
        hint="Used on technicians and service tasks, e.g. gas-certified; fixed once created."
        disabled={!!skill}
      />
      <FormText control={form.control} name="name" id="skill-name" label="Name" />
      <FormTextarea control={form.control} name="description" id="skill-description" label="Description" optional />
    </FormDrawer>
  )
}
