import { Select } from "@medusajs/ui"
import { REPAIR_CODE_KIND_LABELS, REPAIR_CODE_KINDS, type RepairCodeKind } from "../../lib/repair-types"

/** A choice of code table: named in the singular in a form, in the plural as a list filter. */
export const RepairCodeKindSelect = ({
  value,
  onChange,
  testId,
  id,
  plural,
  disabled,
  className,
}: {
  value: RepairCodeKind
  onChange: (kind: RepairCodeKind) => void
  testId: string
  id?: string
  plural?: boolean
  disabled?: boolean
  className?: string
}) => (
  <Select size="small" value={value} onValueChange={(k) => onChange(k as RepairCodeKind)} disabled={disabled}>
    <Select.Trigger id={id} className={className} data-testid={testId}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {REPAIR_CODE_KINDS.map((k) => (
        <Select.Item key={k} value={k}>
          {plural ? REPAIR_CODE_KIND_LABELS[k].many : REPAIR_CODE_KIND_LABELS[k].one}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
