import { Select } from "@medusajs/ui"

// Radix Select has no empty value: the "nothing chosen" entry stands for null under this key.
const EMPTY = "__empty__"

/** A select of one option or nothing (null), the "nothing" entry first under `emptyLabel`. */
export const OptionalSelect = ({
  id,
  testId,
  value,
  onChange,
  options,
  emptyLabel,
  disabled,
  size,
}: {
  id?: string
  testId: string
  value: string | null
  onChange: (value: string | null) => void
  options: { value: string; label: string }[]
  emptyLabel: string
  disabled?: boolean
  size?: "small"
}) => (
  <Select size={size} value={value ?? EMPTY} onValueChange={(v) => onChange(v === EMPTY ? null : v)} disabled={disabled}>
    <Select.Trigger id={id} data-testid={testId}>
      <Select.Value placeholder={emptyLabel} />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={EMPTY}>{emptyLabel}</Select.Item>
      {options.map((o) => (
        <Select.Item key={o.value} value={o.value}>
          {o.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
