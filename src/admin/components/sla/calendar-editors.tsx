import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { timeZones } from "../../lib/sla-format"
import type { Holiday, Weekday, WorkingHours, WorkingPeriod } from "../../../types"
import { Combobox } from "../combobox"

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

/** Searchable IANA time zone picker over `Intl.supportedValuesOf("timeZone")`. */
export const TimeZonePicker = ({
  id = "sla-timezone",
  value,
  onChange,
}: {
  id?: string
  value: string | null
  onChange: (tz: string | null) => void
}) => {
  const [search, setSearch] = useState("")
  const all = useMemo(timeZones, [])
  const needle = search.trim().toLowerCase().replace(/\s+/g, "_")
  const options = all
    .filter((z) => !needle || z.toLowerCase().includes(needle))
    .slice(0, 50)
    .map((z) => ({ value: z, label: z }))
  return (
    <Combobox
      id={id}
      value={value}
      selectedLabel={value}
      options={options}
      search={search}
      onSearchChange={setSearch}
      onChange={(v) => onChange(v)}
      placeholder="Search time zones, e.g. Berlin"
      emptyText="No time zone matches"
    />
  )
}

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

/** Holidays: whole local days from `from` to `to` (inclusive), with a name. */
export const HolidaysEditor = ({ value, onChange }: { value: Holiday[]; onChange: (v: Holiday[]) => void }) => {
  const set = (i: number, patch: Partial<Holiday>) => onChange(value.map((h, j) => (j === i ? { ...h, ...patch } : h)))
  return (
    <div className="flex flex-col gap-y-2" data-testid="holidays">
      {value.length === 0 && (
        <Text size="small" className="text-ui-fg-muted">
          No holidays.
        </Text>
      )}
      {value.map((h, i) => (
        <div key={i} className="grid grid-cols-[1fr_1fr_1.4fr_28px] items-center gap-2" data-testid="holiday-row">
          <Input
            size="small"
            type="date"
            aria-label="Holiday from"
            data-testid={`holiday-${i}-from`}
            value={h.from}
            onChange={(e) => set(i, { from: e.target.value })}
          />
          <Input
            size="small"
            type="date"
            aria-label="Holiday to"
            data-testid={`holiday-${i}-to`}
            value={h.to ?? ""}
            onChange={(e) => set(i, { to: e.target.value || null })}
          />
          <Input
            size="small"
            placeholder="Name"
            aria-label="Holiday name"
            data-testid={`holiday-${i}-name`}
            value={h.name ?? ""}
            onChange={(e) => set(i, { name: e.target.value })}
          />
          <IconButton
            size="small"
            variant="transparent"
            type="button"
            aria-label="Remove holiday"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
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
          onClick={() => onChange([...value, { from: "", to: null, name: "" }])}
        >
          <Plus />
          Add holiday
        </Button>
      </div>
    </div>
  )
}
