import { z } from "zod"
import type { DispatchTeam } from "../../lib/dispatch-types"
import { toastSaved } from "../../lib/errors"
import { useSaveTeam } from "../../lib/hooks/dispatch-teams"
import { FormText, FormTextarea } from "../form/form-text"
import { optionalText, requiredText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer } from "../form-drawer"

const TeamSchema = z.object({
  name: requiredText("Enter a name"),
  color: z.string(),
  description: optionalText(),
})

/** Creates or edits a dispatch team (the board filters by team). */
export const TeamDrawer = ({ open, onOpenChange, team }: { open: boolean; onOpenChange: (o: boolean) => void; team: DispatchTeam | null }) => {
  const save = useSaveTeam()
  const form = useDrawerForm(TeamSchema, open, {
    name: team?.name ?? "",
    color: team?.color ?? "#2563eb",
    description: team?.description ?? "",
  })
  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={team ? "Edit team" : "Create team"}
      submitLabel={team ? "Save" : "Create"}
      testId="team-drawer"
      errorTestId="team-error"
      onSubmit={async (body) => {
        await save.mutateAsync({ id: team?.id, body })
        toastSaved(`Team "${body.name}"`, !!team)
      }}
    >
      <FormText control={form.control} name="name" id="team-name" label="Name" />
      <FormText control={form.control} name="color" id="team-color" label="Colour" type="color" className="w-[80px]" />
      <FormTextarea control={form.control} name="description" id="team-description" label="Description" optional />
    </FormDrawer>
  )
}
