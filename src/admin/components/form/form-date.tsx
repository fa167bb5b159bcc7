import { DatePicker } from "@medusajs/ui"
import { useMemo } from "react"
import type { FieldValues } from "react-hook-form"
import { FormField, type BoundFieldProps, type InvalidProps } from "./form-field"

const pad = (n: number) => String(n).padStart(2, "0")

/** "2025-03-14" as that day in the browser's zone (not UTC midnight, which is the day before west of UTC). */
const fromDay = (day: string) => {
  const [y, m, d] = day.slice(0, 10).split("-").map(Number)
  return new Date(y, m - 1, d)
}
const toDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

/**
 * A date (`granularity="day"`, stored as "YYYY-MM-DD", the API's date-only format) or a moment
 * (`"minute"`, stored as an ISO timestamp), with Medusa's DatePicker; empty is null. In a browser
 * test, click the field's first segment and type the digits (`20250314`, then `1630` for the time).
 */
export const FormDate = <T extends FieldValues, TOut = T>({
  granularity = "day",
  disabled,
  ...props
}: BoundFieldProps<T, TOut> & { granularity?: "day" | "minute" }) => (
  <FormField
    {...props}
    render={({ value, onChange, ref }, invalid) => (
      <DateControl
        inputRef={ref}
        invalid={invalid}
        label={props.label}
        value={value ?? null}
        granularity={granularity}
        disabled={disabled}
        onChange={(date) => onChange(date ? (granularity === "day" ? toDay(date) : date.toISOString()) : null)}
      />
    )}
  />
)

type DateControlProps = {
  inputRef: (el: HTMLDivElement | null) => void
  invalid: InvalidProps
  label: string
  value: string | null
  granularity: "day" | "minute"
  disabled?: boolean
  onChange: (date: Date | null) => void
}

// The picker resets itself whenever `value` is a new Date, so the Date is kept while the text is the same.
const DateControl = ({ inputRef, invalid, label, value, granularity, disabled, onChange }: DateControlProps) => {
  const date = useMemo(() => (value ? (granularity === "day" ? fromDay(value) : new Date(value)) : null), [value, granularity])
  return (
    <DatePicker
      ref={inputRef}
      id={invalid.id}
      aria-label={label}
      aria-describedby={invalid["aria-describedby"]}
      isInvalid={invalid["aria-invalid"]}
      size="small"
      granularity={granularity}
      shouldCloseOnSelect={granularity === "day"}
      isDisabled={disabled}
      value={date}
      onChange={onChange}
    />
  )
}
