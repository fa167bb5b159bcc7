import { Select } from "@medusajs/ui"
import type { FieldValues } from "react-hook-form"
import { FormField, type BoundFieldProps } from "./form-field"

// Select items need a non-empty value; this one stands for "none" (null in the form).
const NONE = "__none__"

/**
 * A choice among `options`. With `noneLabel`, "none" is offered too and stored as null.
 * `testId` goes on the trigger, which is how browser tests open it (`selectOption(testId, label)`).
 */
export const FormSelect = <T extends FieldValues, TOut = T>({
  options,
  noneLabel,
  placeholder,
  disabled,
  testId,
  ...props
}: BoundFieldProps<T, TOut> & {
  options: { value: string; label: string }[]
  noneLabel?: string
  placeholder?: string
  testId?: string
}) => (
  <FormField
    {...props}
    render={({ value, onChange, ref, name }, invalid) => (
      <Select
        size="small"
        name={name}
        disabled={disabled}
        value={value ?? (noneLabel ? NONE : "")}
        onValueChange={(v) => onChange(v === NONE ? null : v)}
      >
        <Select.Trigger ref={ref} {...invalid} data-testid={testId}>
          <Select.Value placeholder={placeholder} />
        </Select.Trigger>
        <Select.Content>
          {noneLabel && <Select.Item value={NONE}>{noneLabel}</Select.Item>}
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    )}
  />
)
