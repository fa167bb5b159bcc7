import { Checkbox, Heading, Input, Label, Select, Switch, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTeams } from "../../lib/hooks/dispatch-teams"
import { useSkills } from "../../lib/hooks/skills"
import { useSaveTechnician, type TechnicianInput } from "../../lib/hooks/technicians"
import type { TechnicianDetail } from "../../lib/dispatch-types"
import type { WorkingHours } from "../../../types"
import { Field, FormError } from "../field"
import { FormDrawer } from "../form-drawer"
import { TimeZonePicker, WorkingHoursEditor } from "../sla/calendar-editors"
import { OFFICE_HOURS } from "../sla/sla-drawer"
import { AbsencesEditor } from "./absences-editor"
import { UserPicker, userLabel } from "./user-picker"
import { useRecordForm } from "./use-record-form"

const NO_TEAM = "none"
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

/** Creates or edits a technician: contact, login, team, skills, time zone, weekly hours and (when saved) absences. */
export const TechnicianDrawer = ({
  open,
  onOpenChange,
  technician,
}: {
  open: boolean
  onOpenChange: (o: boolean) => void
  technician: TechnicianDetail | null
}) => {
  const [userName, setUserName] = useState<string | null>(null)
  const skills = useSkills({ limit: 200, order: "code" })
  const teams = useTeams({ limit: 200, order: "name" })
  const save = useSaveTechnician()
  const record = useRecordForm<TechnicianDetail, TechnicianInput>({
    open,
    onOpenChange,
    record: technician,
    toValues: (t) => ({
      first_name: t?.first_name ?? "",
      last_name: t?.last_name ?? "",
      email: t?.email ?? "",
      phone: t?.phone ?? "",
      color: t?.color ?? "#2563eb",
      user_id: t?.user_id ?? null,
      team_id: t?.team?.id ?? null,
      skills: t?.skills ?? [],
      timezone: t?.timezone ?? browserZone(),
      working_hours: t?.working_hours ?? OFFICE_HOURS,
      is_active: t?.is_active ?? true,
    }),
    save,
    describe: (v) => `Technician ${v.first_name}`,
  })
  const form = record.values
  const set = record.set

  useEffect(() => {
    if (open) {
      setUserName(userLabel(technician?.user))
    }
  }, [open, technician])

  const onSubmit = () => {
    const trim = (v?: string | null) => v?.trim() || null
    record.submit({
      ...form,
      first_name: form.first_name?.trim(),
      last_name: trim(form.last_name),
      email: trim(form.email),
      phone: trim(form.phone),
    })
  }

  const toggleSkill = (code: string, on: boolean) =>
    set({ skills: on ? [...(form.skills ?? []), code] : (form.skills ?? []).filter((s) => s !== code) })

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={technician ? "Edit technician" : "Create technician"}
      onSubmit={onSubmit}
      isPending={save.isPending}
      submitLabel={technician ? "Save" : "Create"}
      submitDisabled={!form.first_name?.trim() || !form.timezone}
      testId="technician-drawer"
    >
      <div className="grid grid-cols-2 gap-3">
        <Field label="First name" htmlFor="technician-first-name">
          <Input id="technician-first-name" size="small" value={form.first_name ?? ""} onChange={(e) => set({ first_name: e.target.value })} />
        </Field>
        <Field label="Last name" htmlFor="technician-last-name" optional>
          <Input id="technician-last-name" size="small" value={form.last_name ?? ""} onChange={(e) => set({ last_name: e.target.value })} />
        </Field>
        <Field label="Email" htmlFor="technician-email" optional>
          <Input id="technician-email" type="email" size="small" value={form.email ?? ""} onChange={(e) => set({ email: e.target.value })} />
        </Field>
        <Field label="Phone" htmlFor="technician-phone" optional>
          <Input id="technician-phone" size="small" value={form.phone ?? ""} onChange={(e) => set({ phone: e.target.value })} />
        </Field>
        <Field label="Colour" htmlFor="technician-color">
          <Input id="technician-color" type="color" size="small" className="w-[80px]" value={form.color ?? "#2563eb"} onChange={(e) => set({ color: e.target.value })} />
        </Field>
        <Field label="Team" optional>
          <Select size="small" value={form.team_id ?? NO_TEAM} onValueChange={(v) => set({ team_id: v === NO_TEAM ? null : v })}>
            <Select.Trigger data-testid="technician-team">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NO_TEAM}>No team</Select.Item>
              {(teams.data?.dispatch_teams ?? []).map((t) => (
                <Select.Item key={t.id} value={t.id}>
                  {t.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </div>
      <Field label="Admin user" optional hint="The login of this technician: My work, and only their assigned orders for the technician role.">
        <UserPicker
          value={form.user_id ?? null}
          selectedLabel={userName}
          onChange={(id, label) => {
            set({ user_id: id })
            setUserName(label)
          }}
        />
      </Field>
      <Field label="Skills" optional>
        {(skills.data?.skills ?? []).length === 0 ? (
          <Text size="small" className="text-ui-fg-muted">
            No skills yet; create them on the Skills tab.
          </Text>
        ) : (
          <div className="grid grid-cols-2 gap-2" data-testid="technician-skills">
            {(skills.data?.skills ?? []).map((s) => (
              <div key={s.id} className="flex items-center gap-x-2">
                <Checkbox
                  id={`technician-skill-${s.code}`}
                  checked={(form.skills ?? []).includes(s.code)}
                  onCheckedChange={(c) => toggleSkill(s.code, c === true)}
                />
                <Label size="small" htmlFor={`technician-skill-${s.code}`}>
                  {s.name}
                </Label>
              </div>
            ))}
          </div>
        )}
      </Field>
      <Field label="Time zone" hint="Working hours are local times in this zone.">
        <TimeZonePicker id="technician-timezone" value={form.timezone ?? null} onChange={(tz) => set({ timezone: tz ?? undefined })} />
      </Field>
      <Field label="Working hours">
        <WorkingHoursEditor value={form.working_hours ?? {}} onChange={(v: WorkingHours) => set({ working_hours: v })} />
      </Field>
      <div className="flex items-center gap-x-2">
        <Switch id="technician-active" checked={form.is_active ?? true} onCheckedChange={(v) => set({ is_active: v })} />
        <Label size="small" htmlFor="technician-active">
          Active (shown on the board and offered for assignments)
        </Label>
      </div>
      <FormError message={record.error} testId="technician-error" />
      {technician && (
        <div className="flex flex-col gap-y-2 border-t pt-4">
          <Heading level="h3">Absences</Heading>
          <AbsencesEditor technicianId={technician.id} />
        </div>
      )}
    </FormDrawer>
  )
}
