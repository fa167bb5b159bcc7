import type { FieldValues } from "react-hook-form"
import { OptionalSelect } from "../optional-select"
import { FormField, type BoundFieldProps } from "./form-field"

/**
 * A choice among `options`. With `noneLabel`, "none" is offered too and stored as null.
 * `testId` goes on the trigger, which is how browser tests open it (`selectOption(testId, label)`).
 * `onPick` runs after a choice, for fields that depend on it (a new area clears its code).
 */
export const FormSelect = <T extends FieldValues, TOut = T>({
  options,
  noneLabel,
  placeholder,
  disabled,
  testId,
  onPick,
  ...props
}: BoundFieldProps<T, TOut> & {
  options: readonly { value: string; label: string }[]
  noneLabel?: string
  placeholder?: string
  testId?: string
  onPick?: (value: string | null) => void
}) => (
  <FormField
    {...props}
    render={({ value, onChange, ref, name }, { id, ...invalid }) => (
      <OptionalSelect
        id={id}
        testId={testId}
        name={name}
        triggerRef={ref}
        invalid={invalid}
        disabled={disabled}
        value={value ?? null}
        emptyLabel={noneLabel}
        placeholder={placeholder}
        options={options}
        onChange={(v) => {
          onChange(v)
          onPick?.(v)
        }}
      />
    )}
  />
)
