import { Checkbox, Heading, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { z } from "zod"
import type { TechnicianDetail } from "../../lib/dispatch-types"
import { toastSaved } from "../../lib/errors"
import { useAllTeams } from "../../lib/hooks/dispatch-teams"
import { useSkills } from "../../lib/hooks/skills"
import { useSaveTechnician } from "../../lib/hooks/technicians"
import type { WorkingHours } from "../../../types"
import { FormField } from "../form/form-field"
import { FormSelect } from "../form/form-select"
import { FormSwitch } from "../form/form-switch"
import { FormText } from "../form/form-text"
import { optionalText, requiredText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"
import { TimeZonePicker, WorkingHoursEditor } from "../sla/calendar-editors"
import { OFFICE_HOURS } from "../sla/sla-drawer"
import { AbsencesEditor } from "./absences-editor"
import { UserPicker, userLabel } from "./user-picker"

const TechnicianSchema = z.object({
  first_name: requiredText("Enter a first name"),
  last_name: optionalText(),
  email: optionalText(),
  phone: optionalText(),
  color: z.string(),
  team_id: z.string().nullable(),
  user_id: z.string().nullable(),
  skills: z.array(z.string()),
  timezone: requiredText("Choose a time zone"),
  working_hours: z.custom<WorkingHours>(),
  is_active: z.boolean(),
})

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

const toValues = (t: TechnicianDetail | null) => ({
  first_name: t?.first_name ?? "",
  last_name: t?.last_name ?? "",
  email: t?.email ?? "",
  phone: t?.phone ?? "",
  color: t?.color ?? "#2563eb",
  team_id: t?.team?.id ?? null,
  user_id: t?.user_id ?? null,
  skills: t?.skills ?? [],
  timezone: t?.timezone ?? browserZone(),
  working_hours: t?.working_hours ?? OFFICE_HOURS,
  is_active: t?.is_active ?? true,
})

/** Creates or edits a technician: contact, login, team, skills, time zone, weekly hours and (when saved) absences. */
export const TechnicianDrawer = ({ open, onOpenChange, technician }: DrawerProps<{ technician: TechnicianDetail | null }>) => {
  const [userName, setUserName] = useState<string | null>(null)
  const skills = useSkills({ limit: 200, order: "code" }).data?.skills ?? []
  const teams = useAllTeams().data?.dispatch_teams ?? []
  const save = useSaveTechnician()
  const form = useDrawerForm(TechnicianSchema, open, toValues(technician))
  const { control } = form

  useEffect(() => {
    if (open) {
      setUserName(userLabel(technician?.user))
    }
  }, [open, technician])

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={technician ? "Edit technician" : "Create technician"}
      submitLabel={technician ? "Save" : "Create"}
      testId="technician-drawer"
      errorTestId="technician-error"
      onSubmit={async (body) => {
        await save.mutateAsync({ id: technician?.id, body })
        toastSaved(`Technician ${body.first_name}`, !!technician)
      }}
    >
      <div className="grid grid-cols-2 gap-3">
        <FormText control={control} name="first_name" id="technician-first-name" label="First name" />
        <FormText control={control} name="last_name" id="technician-last-name" label="Last name" optional />
        <FormText control={control} name="email" id="technician-email" label="Email" type="email" optional />
        <FormText control={control} name="phone" id="technician-phone" label="Phone" optional />
        <FormText control={control} name="color" id="technician-color" label="Colour" type="color" className="w-[80px]" />
        <FormSelect
          control={control}
          name="team_id"
          id="technician-team"
          testId="technician-team"
          label="Team"
          optional
          noneLabel="No team"
          options={teams.map((t) => ({ value: t.id, label: t.name }))}
        />
      </div>
      <FormField
        control={control}
        name="user_id"
        id="technician-user"
        label="Admin user"
        optional
        hint="The login of this technician: My work, and only their assigned orders for the technician role."
        render={({ value, onChange }) => (
          <UserPicker
            value={value}
            selectedLabel={userName}
            onChange={(id, label) => {
              onChange(id)
              setUserName(label)
            }}
          />
        )}
      />
      <FormField
        control={control}
        name="skills"
        id="technician-skills"
        label="Skills"
        optional
        render={({ value, onChange }) =>
          skills.length === 0 ? (
            <Text size="small" className="text-ui-fg-muted">
              No skills yet; create them on the Skills tab.
            </Text>
          ) : (
            <div className="grid grid-cols-2 gap-2" data-testid="technician-skills">
              {skills.map((s) => (
                <div key={s.id} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`technician-skill-${s.code}`}
                    checked={value.includes(s.code)}
                    onCheckedChange={(c) => onChange(c === true ? [...value, s.code] : value.filter((code) => code !== s.code))}
                  />
                  <Label size="small" htmlFor={`technician-skill-${s.code}`}>
                    {s.name}
                  </Label>
                </div>
              ))}
            </div>
          )
        }
      />
      <FormField
        control={control}
        name="timezone"
        id="technician-timezone"
        label="Time zone"
        hint="Working hours are local times in this zone."
        render={({ value, onChange }) => (
          <TimeZonePicker id="technician-timezone" value={value || null} onChange={(tz) => onChange(tz ?? "")} />
        )}
      />
      <FormField
        control={control}
        name="working_hours"
        id="technician-working-hours"
        label="Working hours"
        render={({ value, onChange }) => <WorkingHoursEditor value={value} onChange={onChange} />}
      />
      <FormSwitch control={control} name="is_active" id="technician-active" label="Active (shown on the board and offered for assignments)" />
      {technician && (
        <div className="flex flex-col gap-y-2 border-t pt-4">
          <Heading level="h3">Absences</Heading>
          <AbsencesEditor technicianId={technician.id} />
        </div>
      )}
    </FormDrawer>
  )
}
