import { useFormState, type Control, type FieldValues } from "react-hook-form"
import { FormError } from "../field"

/** The API's refusal that names no field of the form (`showApiError` puts it on `root.serverError`). */
export const FormRootError = <T extends FieldValues, TOut>({ control, testId }: { control: Control<T, unknown, TOut>; testId: string }) => {
  const { errors } = useFormState({ control })
  return <FormError message={errors.root?.serverError?.message ?? null} testId={testId} />
}
