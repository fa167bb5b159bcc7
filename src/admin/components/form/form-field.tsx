import type { ReactNode } from "react"
import { useController, type Control, type ControllerRenderProps, type FieldPath, type FieldValues } from "react-hook-form"
import { Field } from "../field"

/**
 * What every bound field takes: the form's `control` and a type-checked `name`, like the dashboard's
 * `Form.Field`. `TOut` is what the schema turns the values into (irrelevant to the field, but part of the control's type).
 */
export type BoundFieldProps<T extends FieldValues, TOut = T> = {
  control: Control<T, unknown, TOut>
  name: FieldPath<T>
  label: string
  /** The control's id: the label points at it, and browser tests address it (`#skill-code`). */
  id: string
  optional?: boolean
  hint?: ReactNode
  disabled?: boolean
}

/** Attributes that tie a control to its label's error message. */
export type InvalidProps = { id: string; "aria-invalid": boolean; "aria-describedby"?: string }

/**
 * One labelled field bound to the form, with its error (the schema's or the API's) below it.
 * `render` draws the control; the `Form*` fields are this with a Medusa UI control, and a custom
 * control (a picker, an editor) can use it directly.
 */
export const FormField = <T extends FieldValues, N extends FieldPath<T>, TOut = T>({
  control,
  name,
  label,
  id,
  optional,
  hint,
  render,
}: Omit<BoundFieldProps<T, TOut>, "disabled" | "name"> & {
  name: N
  render: (field: ControllerRenderProps<T, N>, invalid: InvalidProps) => ReactNode
}) => {
  const { field, fieldState } = useController<T, N, TOut>({ control, name })
  const error = fieldState.error?.message
  return (
    <Field label={label} htmlFor={id} optional={optional} hint={hint} error={error}>
      {render(field, { id, "aria-invalid": !!error, "aria-describedby": error ? `${id}-error` : undefined })}
    </Field>
  )
}
