import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { timeZones } from "../../lib/sla-format"
import { useFieldArray, useFormContext } from "react-hook-form"
import type { Weekday, WorkingHours, WorkingPeriod } from "../../../types"
import { Combobox, type UseComboOptions } from "../combobox"
import { FormDate } from "../form/form-date"
import { FormText } from "../form/form-text"

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  "1": "Monday",
  "2": "Tuesday",
  "3": "Wednesday",
  "4": "Thursday",
  "5": "Friday",
  "6": "Saturday",
  "7": "Sunday",
}
export const WEEKDAYS = Object.keys(WEEKDAY_NAMES) as Weekday[]

// The zones the browser knows, read once; the first 50 matching what was typed ("new york" finds New_York).
const ZONES = timeZones()
const useTimeZoneOptions: UseComboOptions = (search) => {
  const needle = search.trim().toLowerCase().replace(/\s+/g, "_")
  const options = ZONES.filter((z) => !needle || z.toLowerCase().includes(needle))
    .slice(0, 50)
    .map((z) => ({ value: z, label: z }))
  return { options }
}

/** Searchable IANA time zone picker over `Intl.supportedValuesOf("timeZone")`. */
export const TimeZonePicker = ({
  id = "sla-timezone",
  value,
  onChange,
}: {
  id?: string
  value: string | null
  onChange: (tz: string | null) => void
}) => (
  <Combobox
    id={id}
    value={value}
    selectedLabel={value}
    useOptions={useTimeZoneOptions}
    onChange={(v) => onChange(v)}
    placeholder="Search time zones, e.g. Berlin"
    emptyText="No time zone matches"
  />
)

/** Working periods per ISO weekday; each day may have several periods (e.g. a lunch break). */
export const WorkingHoursEditor = ({ value, onChange }: { value: WorkingHours; onChange: (v: WorkingHours) => void }) => {
  const setDay = (day: Weekday, periods: WorkingPeriod[]) => onChange({ ...value, [day]: periods })
  return (
    <div className="bg-ui-bg-component shadow-elevation-card-rest flex flex-col divide-y rounded-lg" data-testid="working-hours">
      {WEEKDAYS.map((day) => {
        const periods = value[day] ?? []
        return (
          <div key={day} className="flex items-start gap-x-3 px-3 py-2" data-testid={`working-day-${day}`}>
            <Text size="small" weight="plus" className="w-[90px] shrink-0 pt-1.5">
              {WEEKDAY_NAMES[day]}
            </Text>
            <div className="flex flex-1 flex-col gap-y-1.5">
              {periods.length === 0 && (
                <Text size="small" className="text-ui-fg-muted pt-1.5">
                  Closed
                </Text>
              )}
              {periods.map((p, i) => (
                <div key={i} className="flex items-center gap-x-2">
                  <Input
                    size="small"
                    className="w-[80px]"
                    aria-label={`${WEEKDAY_NAMES[day]} period ${i + 1} start`}
                    data-testid={`period-${day}-${i}-start`}
                    placeholder="08:00"
                    value={p.start}
                    onChange={(e) => setDay(day, periods.map((q, j) => (j === i ? { ...q, start: e.target.value } : q)))}
                  />
                  <span className="text-ui-fg-muted">–</span>
                  <Input
                    size="small"
                    className="w-[80px]"
                    aria-label={`${WEEKDAY_NAMES[day]} period ${i + 1} end`}
                    data-testid={`period-${day}-${i}-end`}
                    placeholder="17:00"
                    value={p.end}
                    onChange={(e) => setDay(day, periods.map((q, j) => (j === i ? { ...q, end: e.target.value } : q)))}
                  />
                  <IconButton
                    size="small"
                    variant="transparent"
                    type="button"
                    aria-label="Remove period"
                    data-testid={`remove-period-${day}-${i}`}
                    onClick={() => setDay(day, periods.filter((_, j) => j !== i))}
                  >
                    <Trash />
                  </IconButton>
                </div>
              ))}
            </div>
            <Button
              size="small"
              variant="transparent"
              type="button"
              data-testid={`add-period-${day}`}
              onClick={() => {
                const last = periods[periods.length - 1]
                setDay(day, [...periods, last ? { start: last.end, end: "" } : { start: "08:00", end: "17:00" }])
              }}
            >
              <Plus />
              Period
            </Button>
          </div>
        )
      })}
    </div>
  )
}

/** A holiday row as the SLA form holds it: days as "YYYY-MM-DD", an empty name as "". */
export type HolidayRow = { from: string | null; to: string | null; name: string }

/**
 * Holidays: whole local days from `from` to `to` (inclusive), with a name; the rows of the
 * `holidays` array of the `FormDrawer` form around it, so the API's `holidays[0].from: …` lands on its row.
 */
export const HolidaysEditor = () => {
  const { control } = useFormContext<{ holidays: HolidayRow[] }>()
  const { fields, append, remove } = useFieldArray({ control, name: "holidays" })
  return (
    <div className="flex flex-col gap-y-2" data-testid="holidays">
      {fields.length === 0 && (
        <Text size="small" className="text-ui-fg-muted">
          No holidays.
        </Text>
      )}
      {fields.map((row, i) => (
        <div key={row.id} className="grid grid-cols-[1fr_1fr_1.4fr_28px] items-end gap-2" data-testid="holiday-row">
          <FormDate control={control} name={`holidays.${i}.from`} label="Holiday from" id={`holiday-${i}-from`} />
          <FormDate control={control} name={`holidays.${i}.to`} label="Holiday to" id={`holiday-${i}-to`} optional />
          <FormText control={control} name={`holidays.${i}.name`} label="Holiday name" id={`holiday-${i}-name`} optional />
          <IconButton size="small" variant="transparent" type="button" aria-label="Remove holiday" onClick={() => remove(i)}>
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          data-testid="add-holiday"
          onClick={() => append({ from: null, to: null, name: "" })}
        >
          <Plus />
          Add holiday
        </Button>
      </div>
    </div>
  )
}
