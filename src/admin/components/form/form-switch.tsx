import { Label, Switch, clx } from "@medusajs/ui"
import { useController, type FieldValues } from "react-hook-form"
import type { BoundFieldProps } from "./form-field"

/**
 * An on/off setting: the switch, its label beside it and the hint below the label, in a card like
 * the dashboard's SwitchBox. `className` replaces the card (e.g. rows of one card with dividers).
 */
export const FormSwitch = <T extends FieldValues, TOut = T>({
  control,
  name,
  label,
  id,
  hint,
  disabled,
  className = "bg-ui-bg-component shadow-elevation-card-rest rounded-lg p-3",
}: BoundFieldProps<T, TOut> & { className?: string }) => {
  const { field } = useController({ control, name })
  return (
    <div className={clx("flex items-start gap-x-3", className)}>
      <Switch id={id} ref={field.ref} checked={!!field.value} disabled={disabled} onCheckedChange={field.onChange} />
      <div className="flex flex-col">
        <Label htmlFor={id} size="small" weight="plus">
          {label}
        </Label>
        {hint && <span className="txt-compact-small text-ui-fg-subtle">{hint}</span>}
      </div>
    </div>
  )
}
