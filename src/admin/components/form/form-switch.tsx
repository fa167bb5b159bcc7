import { Label, Switch, Text } from "@medusajs/ui"
import { useController, type FieldValues } from "react-hook-form"
import type { BoundFieldProps } from "./form-field"

/** An on/off setting: the switch with its label beside it (and the hint below), as in the dashboard. */
export const FormSwitch = <T extends FieldValues>({ control, name, label, id, hint, disabled }: BoundFieldProps<T>) => {
  const { field } = useController({ control, name })
  return (
    <div className="flex flex-col gap-y-1">
      <div className="flex items-center gap-x-2">
        <Switch id={id} ref={field.ref} checked={!!field.value} disabled={disabled} onCheckedChange={field.onChange} />
        <Label size="small" htmlFor={id}>
          {label}
        </Label>
      </div>
      {hint && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
  )
}
