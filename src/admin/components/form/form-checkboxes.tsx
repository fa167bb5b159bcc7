import { Checkbox } from "@medusajs/ui"
import type { FieldValues } from "react-hook-form"
import { FormField, type BoundFieldProps } from "./form-field"

/**
 * Several choices among `options`, stored as the array of the checked values in the options'
 * order. Each box's id is `<id>-<value>`, which is how browser tests tick it.
 */
export const FormCheckboxes = <T extends FieldValues, TOut = T>({
  options,
  disabled,
  ...props
}: BoundFieldProps<T, TOut> & { options: readonly { value: string; label: string }[] }) => (
  <FormField
    {...props}
    render={({ value, onChange, name }, { id, ...invalid }) => {
      const checked = (value ?? []) as string[]
      return (
        <div className="flex flex-wrap gap-x-4 gap-y-2" id={id} {...invalid}>
          {options.map((o) => (
            <label key={o.value} className="flex items-center gap-x-2">
              <Checkbox
                id={`${id}-${o.value}`}
                name={name}
                disabled={disabled}
                checked={checked.includes(o.value)}
                onCheckedChange={(on) =>
                  onChange(options.map((x) => x.value).filter((v) => (v === o.value ? on === true : checked.includes(v))))
                }
              />
              <span className="txt-compact-small">{o.label}</span>
            </label>
          ))}
        </div>
      )
    }}
  />
)
