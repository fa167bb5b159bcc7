import { Input } from "@medusajs/ui"
import type { FieldValues } from "react-hook-form"
import { FormField, type BoundFieldProps } from "./form-field"

/** A number (a count, minutes, a position); an empty input is null. Money is `FormCurrency`. */
export const FormNumber = <T extends FieldValues, TOut = T>({
  disabled,
  min,
  step,
  placeholder,
  ...props
}: BoundFieldProps<T, TOut> & { min?: number; step?: number | "any"; placeholder?: string }) => (
  <FormField
    {...props}
    render={({ value, onChange, ...field }, invalid) => (
      <Input
        {...field}
        {...invalid}
        size="small"
        type="number"
        min={min}
        step={step}
        placeholder={placeholder}
        disabled={disabled}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value === "" ? null : e.target.valueAsNumber)}
      />
    )}
  />
)
