import { Checkbox, Input, Text } from "@medusajs/ui"
import { useWatch, type Control } from "react-hook-form"
import { z } from "zod"
import { toastSuccess } from "../../lib/errors"
import { formatMinutes } from "../../lib/sla-format"
import { useCustomerGroups } from "../../lib/hooks/customers"
import { useCreateServiceLevelAgreement, useUpdateServiceLevelAgreement } from "../../lib/hooks/slas"
import type { ServiceLevelAgreement, WorkingHours } from "../../../types"
import { FormDrawer, type DrawerProps } from "../form-drawer"
import { FormField } from "../form/form-field"
import { FormSwitch } from "../form/form-switch"
import { FormText, FormTextarea } from "../form/form-text"
import { useDrawerForm } from "../form/use-drawer-form"
import { HolidaysEditor, TimeZonePicker, WEEKDAYS, WorkingHoursEditor, type HolidayRow } from "./calendar-editors"

export const OFFICE_HOURS: WorkingHours = Object.fromEntries(
  WEEKDAYS.map((d) => [d, Number(d) <= 5 ? [{ start: "08:00", end: "17:00" }] : []])
) as WorkingHours

const target = z
  .number()
  .nullable()
  .refine((m) => !!m && m > 0, "Set a target above zero")

const Schema = z.object({
  code: z.string().trim().min(1, "Enter a code"),
  name: z.string().trim().min(1, "Enter a name"),
  description: z.string().trim(),
  response_minutes: target,
  resolution_minutes: target,
  timezone: z
    .string()
    .nullable()
    .refine((tz) => !!tz, "Choose a time zone"),
  working_hours: z.custom<WorkingHours>(),
  holidays: z.array(
    z.object({
      from: z
        .string()
        .nullable()
        .refine((d) => !!d, "Choose the first day"),
      to: z.string().nullable(),
      name: z.string().trim(),
    })
  ),
  customer_group_ids: z.array(z.string()),
  is_default: z.boolean(),
  is_active: z.boolean(),
})

type SlaValues = z.input<typeof Schema>

/** Hours + minutes inputs for one target, held in whole minutes (null while empty). */
const TargetControl = ({ id, minutes, onChange }: { id: string; minutes: number | null; onChange: (m: number) => void }) => {
  const h = minutes === null ? "" : String(Math.floor(minutes / 60))
  const m = minutes === null ? "" : String(minutes % 60)
  const set = (hours: string, mins: string) =>
    onChange(Math.max(0, Number(hours || 0)) * 60 + Math.min(59, Math.max(0, Number(mins || 0))))
  return (
    <div className="flex items-center gap-x-2">
      <Input id={`${id}-hours`} size="small" type="number" min={0} className="w-[90px]" value={h} onChange={(e) => set(e.target.value, m)} />
      <Text size="small" className="text-ui-fg-subtle">
        h
      </Text>
      <Input
        id={`${id}-minutes`}
        aria-label="Minutes"
        size="small"
        type="number"
        min={0}
        max={59}
        className="w-[80px]"
        value={m}
        onChange={(e) => set(h, e.target.value)}
      />
      <Text size="small" className="text-ui-fg-subtle">
        min
      </Text>
    </div>
  )
}

/** One target in business minutes, entered as hours and minutes (`#<id>-hours`, `#<id>-minutes`). */
const TargetField = ({ control, name, label, id }: { control: Control<SlaValues>; name: "response_minutes" | "resolution_minutes"; label: string; id: string }) => {
  const minutes = useWatch({ control, name })
  return (
    <FormField
      control={control}
      name={name}
      label={label}
      id={`${id}-hours`}
      hint={minutes && minutes > 0 ? `${formatMinutes(minutes)} of business time` : "Business time"}
      render={({ value, onChange }) => <TargetControl id={id} minutes={value as number | null} onChange={onChange} />}
    />
  )
}

/** Creates or edits an SLA: targets, the business calendar (zone, working hours, holidays), groups and default. */
export const SlaDrawer = ({ open, onOpenChange, sla }: DrawerProps<{ sla?: ServiceLevelAgreement | null }>) => {
  const isEdit = !!sla
  const groups = useCustomerGroups()
  const create = useCreateServiceLevelAgreement()
  const update = useUpdateServiceLevelAgreement()
  const form = useDrawerForm(Schema, open, {
    code: sla?.code ?? "",
    name: sla?.name ?? "",
    description: sla?.description ?? "",
    response_minutes: sla ? sla.response_minutes : 240,
    resolution_minutes: sla ? sla.resolution_minutes : 1440,
    timezone: sla?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC",
    working_hours: sla?.working_hours ?? OFFICE_HOURS,
    holidays: (sla?.holidays ?? []).map((h): HolidayRow => ({ from: h.from, to: h.to ?? null, name: h.name ?? "" })),
    customer_group_ids: (sla?.customer_groups ?? []).map((g) => g.customer_group_id),
    is_default: sla?.is_default ?? false,
    is_active: sla?.is_active ?? true,
  })
  const groupRows = groups.data?.customer_groups ?? []

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={isEdit ? `Edit SLA "${sla!.name}"` : "Create SLA"}
      submitLabel={isEdit ? "Save" : "Create"}
      testId="sla-drawer"
      errorTestId="sla-error"
      onSubmit={async ({ code, ...v }) => {
        const body = {
          ...v,
          description: v.description || null,
          response_minutes: v.response_minutes!,
          resolution_minutes: v.resolution_minutes!,
          timezone: v.timezone!,
          // Empty days are sent as closed; every key is an ISO weekday.
          working_hours: Object.fromEntries(WEEKDAYS.map((d) => [d, v.working_hours[d] ?? []])) as WorkingHours,
          holidays: v.holidays.map((h) => ({ from: h.from!, to: h.to, name: h.name || null })),
        }
        if (isEdit) {
          await update.mutateAsync({ id: sla!.id, ...body })
        } else {
          await create.mutateAsync({ code, ...body })
        }
        toastSuccess(isEdit ? `SLA "${body.name}" was updated` : `SLA "${body.name}" was created`)
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <FormText
          control={form.control}
          name="code"
          label="Code"
          id="sla-code"
          disabled={isEdit}
          placeholder="GOLD"
          hint={isEdit ? "The code cannot change." : "Letters, digits, _ . or -, e.g. GOLD."}
        />
        <FormText control={form.control} name="name" label="Name" id="sla-name" />
      </div>
      <FormTextarea control={form.control} name="description" label="Description" id="sla-description" optional />
      <div className="grid grid-cols-2 gap-4">
        <TargetField control={form.control} name="response_minutes" label="Response target" id="sla-response" />
        <TargetField control={form.control} name="resolution_minutes" label="Resolution target" id="sla-resolution" />
      </div>
      <FormField
        control={form.control}
        name="timezone"
        label="Time zone"
        id="sla-timezone"
        hint="Working hours and holidays are local times in this zone."
        render={({ value, onChange }) => <TimeZonePicker value={value as string | null} onChange={onChange} />}
      />
      <FormField
        control={form.control}
        name="working_hours"
        label="Working hours"
        id="sla-working-hours"
        hint='Periods as HH:mm; "24:00" closes a day. A day without periods is closed.'
        render={({ value, onChange }) => <WorkingHoursEditor value={value as WorkingHours} onChange={onChange} />}
      />
      <div className="flex flex-col gap-y-2">
        <Text size="small" weight="plus">
          Holidays
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          Whole local days; the end day is included.
        </Text>
        <HolidaysEditor />
      </div>
      <FormField
        control={form.control}
        name="customer_group_ids"
        label="Customer groups"
        id="sla-groups"
        hint="Orders of customers in these groups get this SLA (a group has at most one SLA)."
        render={({ value, onChange }) => {
          const ids = value as string[]
          return groups.isLoading ? (
            <Text size="small" className="text-ui-fg-subtle">
              Loading customer groups…
            </Text>
          ) : groupRows.length === 0 ? (
            <Text size="small" className="text-ui-fg-muted">
              No customer groups exist.
            </Text>
          ) : (
            <div className="grid grid-cols-2 gap-2" data-testid="sla-groups">
              {groupRows.map((g) => (
                <label key={g.id} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`sla-group-${g.id}`}
                    checked={ids.includes(g.id)}
                    onCheckedChange={(checked) => onChange(checked === true ? [...ids, g.id] : ids.filter((i) => i !== g.id))}
                  />
                  <span className="txt-compact-small">{g.name}</span>
                </label>
              ))}
            </div>
          )
        }}
      />
      <div className="bg-ui-bg-component shadow-elevation-card-rest flex flex-col gap-y-3 rounded-lg p-3">
        <FormSwitch
          control={form.control}
          name="is_default"
          label="Default"
          id="sla-default"
          hint="Applies to orders without an agreement or group SLA. Marking this one takes the mark off the current default."
        />
        <FormSwitch
          control={form.control}
          name="is_active"
          label="Active"
          id="sla-active"
          hint="Inactive SLAs are not assigned to new orders."
        />
      </div>
    </FormDrawer>
  )
}
