import { Input, Textarea } from "@medusajs/ui"
import type { FieldValues } from "react-hook-form"
import { FormField, type BoundFieldProps } from "./form-field"

/** A one-line text input; an empty value is `""` (the schema decides whether that becomes null). */
export const FormText = <T extends FieldValues, TOut = T>({
  type,
  placeholder,
  disabled,
  className,
  ...props
}: BoundFieldProps<T, TOut> & { type?: "text" | "email" | "color" | "tel"; placeholder?: string; className?: string }) => (
  <FormField
    {...props}
    render={({ value, ...field }, invalid) => (
      <Input
        {...field}
        {...invalid}
        size="small"
        type={type}
        placeholder={placeholder}
        disabled={disabled}
        className={className}
        value={value ?? ""}
      />
    )}
  />
)

export const FormTextarea = <T extends FieldValues, TOut = T>({ disabled, placeholder, ...props }: BoundFieldProps<T, TOut> & { placeholder?: string }) => (
  <FormField
    {...props}
    render={({ value, ...field }, invalid) => (
      <Textarea {...field} {...invalid} disabled={disabled} placeholder={placeholder} value={value ?? ""} />
    )}
  />
)
