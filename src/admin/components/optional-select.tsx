import { Select } from "@medusajs/ui"
import type { Ref } from "react"

// Radix Select has no empty value: the "nothing chosen" entry stands for null under this key.
const EMPTY = "__empty__"

/**
 * A select of one of `options`; with `emptyLabel`, "nothing" (null) is offered too, first.
 * `testId` goes on the trigger, which is how browser tests open it (`selectOption(testId, label)`).
 */
export const OptionalSelect = ({
  id,
  testId,
  value,
  onChange,
  options,
  emptyLabel,
  placeholder = emptyLabel,
  disabled,
  size = "small",
  name,
  triggerRef,
  invalid,
}: {
  id?: string
  testId?: string
  value: string | null
  onChange: (value: string | null) => void
  options: readonly { value: string; label: string }[]
  emptyLabel?: string
  placeholder?: string
  disabled?: boolean
  size?: "small" | "base"
  name?: string
  triggerRef?: Ref<HTMLButtonElement>
  /** Ties the trigger to its field's error message (see `FormField`). */
  invalid?: { "aria-invalid": boolean; "aria-describedby"?: string }
}) => (
  <Select
    size={size}
    name={name}
    value={value ?? (emptyLabel ? EMPTY : "")}
    onValueChange={(v) => onChange(v === EMPTY ? null : v)}
    disabled={disabled}
  >
    <Select.Trigger ref={triggerRef} id={id} data-testid={testId} {...invalid}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      {emptyLabel && <Select.Item value={EMPTY}>{emptyLabel}</Select.Item>}
      {options.map((o) => (
        <Select.Item key={o.value} value={o.value}>
          {o.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
