import { Checkbox, Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage, toastError, toastSuccess } from "../../lib/errors"
import { formatMinutes } from "../../lib/sla-format"
import { useCustomerGroups } from "../../lib/hooks/customers"
import { useCreateServiceLevelAgreement, useUpdateServiceLevelAgreement } from "../../lib/hooks/slas"
import type { Holiday, ServiceLevelAgreement, WorkingHours } from "../../../types"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"
import { HolidaysEditor, TimeZonePicker, WEEKDAYS, WorkingHoursEditor } from "./calendar-editors"

export const OFFICE_HOURS: WorkingHours = Object.fromEntries(
  WEEKDAYS.map((d) => [d, Number(d) <= 5 ? [{ start: "08:00", end: "17:00" }] : []])
) as WorkingHours

/** Hours + minutes inputs for one target, in whole minutes. */
const TargetInput = ({ id, label, minutes, onChange }: { id: string; label: string; minutes: string; onChange: (m: string) => void }) => {
  const total = Number(minutes)
  const h = Number.isFinite(total) ? Math.floor(total / 60) : 0
  const m = Number.isFinite(total) ? total % 60 : 0
  const set = (hours: number, mins: number) => onChange(String(Math.max(0, hours) * 60 + Math.max(0, mins)))
  return (
    <Field label={label} htmlFor={`${id}-hours`} hint={total > 0 ? `${formatMinutes(total)} of business time` : "Business time"}>
      <div className="flex items-center gap-x-2">
        <Input
          id={`${id}-hours`}
          size="small"
          type="number"
          min={0}
          className="w-[90px]"
          value={minutes === "" ? "" : String(h)}
          onChange={(e) => set(Number(e.target.value || 0), m)}
        />
        <Text size="small" className="text-ui-fg-subtle">
          h
        </Text>
        <Input
          id={`${id}-minutes`}
          size="small"
          type="number"
          min={0}
          max={59}
          className="w-[80px]"
          value={minutes === "" ? "" : String(m)}
          onChange={(e) => set(h, Math.min(59, Number(e.target.value || 0)))}
        />
        <Text size="small" className="text-ui-fg-subtle">
          min
        </Text>
      </div>
    </Field>
  )
}

/** Creates or edits an SLA: targets, the business calendar (zone, working hours, holidays), groups and default. */
export const SlaDrawer = ({
  open,
  onOpenChange,
  sla,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  sla?: ServiceLevelAgreement | null
}) => {
  const isEdit = !!sla
  const [code, setCode] = useState("")
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const [response, setResponse] = useState("")
  const [resolution, setResolution] = useState("")
  const [timezone, setTimezone] = useState<string | null>(null)
  const [hours, setHours] = useState<WorkingHours>(OFFICE_HOURS)
  const [holidays, setHolidays] = useState<Holiday[]>([])
  const [groupIds, setGroupIds] = useState<string[]>([])
  const [isDefault, setIsDefault] = useState(false)
  const [isActive, setIsActive] = useState(true)
  const [apiError, setApiError] = useState<string | null>(null)
  const groups = useCustomerGroups()

  useEffect(() => {
    if (!open) {
      return
    }
    setCode(sla?.code ?? "")
    setName(sla?.name ?? "")
    setDescription(sla?.description ?? "")
    setResponse(sla ? String(sla.response_minutes) : "240")
    setResolution(sla ? String(sla.resolution_minutes) : "1440")
    setTimezone(sla?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC")
    setHours(sla?.working_hours ?? OFFICE_HOURS)
    setHolidays(sla?.holidays ?? [])
    setGroupIds((sla?.customer_groups ?? []).map((g) => g.customer_group_id))
    setIsDefault(sla?.is_default ?? false)
    setIsActive(sla?.is_active ?? true)
    setApiError(null)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, sla?.id])

  const create = useCreateServiceLevelAgreement()
  const update = useUpdateServiceLevelAgreement()

  const submit = () => {
    setApiError(null)
    const body = {
      name: name.trim(),
      description: description.trim() || null,
      response_minutes: Number(response),
      resolution_minutes: Number(resolution),
      timezone: timezone ?? "",
      // Empty days are sent as closed; every key is an ISO weekday.
      working_hours: Object.fromEntries(WEEKDAYS.map((d) => [d, hours[d] ?? []])) as WorkingHours,
      holidays: holidays.map((h) => ({ from: h.from, to: h.to || null, name: h.name?.trim() || null })),
      customer_group_ids: groupIds,
      is_default: isDefault,
      is_active: isActive,
    }
    const options = {
      onSuccess: () => {
        toastSuccess(isEdit ? `SLA "${body.name}" was updated` : `SLA "${body.name}" was created`)
        onOpenChange(false)
      },
      onError: (e: unknown) => {
        setApiError(errorMessage(e))
        toastError(e)
      },
    }
    if (isEdit) {
      update.mutate({ id: sla!.id, ...body }, options)
    } else {
      create.mutate({ code: code.trim(), ...body }, options)
    }
  }

  const groupRows = groups.data?.customer_groups ?? []

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={isEdit ? `Edit SLA "${sla!.name}"` : "Create SLA"}
      onSubmit={submit}
      isPending={create.isPending || update.isPending}
      submitLabel={isEdit ? "Save" : "Create"}
      submitDisabled={!name.trim() || (!isEdit && !code.trim()) || !timezone || !(Number(response) > 0) || !(Number(resolution) > 0)}
      testId="sla-drawer"
    >
      {apiError && (
        <div className="bg-ui-bg-subtle shadow-borders-error rounded-md px-3 py-2" data-testid="sla-error">
          <Text size="small" className="text-ui-fg-error">
            {apiError}
          </Text>
        </div>
      )}
      <div className="grid grid-cols-2 gap-4">
        <Field label="Code" htmlFor="sla-code" hint={isEdit ? "The code cannot change." : "Letters, digits, _ . or -, e.g. GOLD."}>
          <Input id="sla-code" size="small" value={code} disabled={isEdit} placeholder="GOLD" onChange={(e) => setCode(e.target.value)} />
        </Field>
        <Field label="Name" htmlFor="sla-name">
          <Input id="sla-name" size="small" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
      </div>
      <Field label="Description" htmlFor="sla-description" optional>
        <Textarea id="sla-description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <TargetInput id="sla-response" label="Response target" minutes={response} onChange={setResponse} />
        <TargetInput id="sla-resolution" label="Resolution target" minutes={resolution} onChange={setResolution} />
      </div>
      <Field label="Time zone" htmlFor="sla-timezone" hint="Working hours and holidays are local times in this zone.">
        <TimeZonePicker value={timezone} onChange={setTimezone} />
      </Field>
      <Field label="Working hours" hint='Periods as HH:mm; "24:00" closes a day. A day without periods is closed.'>
        <WorkingHoursEditor value={hours} onChange={setHours} />
      </Field>
      <Field label="Holidays" hint="Whole local days; the end day is included.">
        <HolidaysEditor value={holidays} onChange={setHolidays} />
      </Field>
      <Field label="Customer groups" hint="Orders of customers in these groups get this SLA (a group has at most one SLA).">
        {groups.isLoading ? (
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
                  checked={groupIds.includes(g.id)}
                  onCheckedChange={(checked) =>
                    setGroupIds((ids) => (checked === true ? [...ids, g.id] : ids.filter((i) => i !== g.id)))
                  }
                />
                <span className="txt-compact-small">{g.name}</span>
              </label>
            ))}
          </div>
        )}
      </Field>
      <div className="bg-ui-bg-component shadow-elevation-card-rest flex flex-col divide-y rounded-lg">
        <div className="flex items-start gap-x-3 px-3 py-2">
          <Switch id="sla-default" checked={isDefault} onCheckedChange={setIsDefault} data-testid="sla-default" />
          <div className="flex flex-col">
            <Label htmlFor="sla-default" size="small" weight="plus">
              Default
            </Label>
            <span className="txt-compact-xsmall text-ui-fg-subtle">
              Applies to orders without an agreement or group SLA. Marking this one takes the mark off the current default.
            </span>
          </div>
        </div>
        <div className="flex items-start gap-x-3 px-3 py-2">
          <Switch id="sla-active" checked={isActive} onCheckedChange={setIsActive} />
          <div className="flex flex-col">
            <Label htmlFor="sla-active" size="small" weight="plus">
              Active
            </Label>
            <span className="txt-compact-xsmall text-ui-fg-subtle">Inactive SLAs are not assigned to new orders.</span>
          </div>
        </div>
      </div>
    </FormDrawer>
  )
}
