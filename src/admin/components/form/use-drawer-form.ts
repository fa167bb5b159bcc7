import { zodResolver } from "@hookform/resolvers/zod"
import { useEffect } from "react"
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from "react-hook-form"
import type { z } from "zod"
import { errorMessage } from "../../lib/errors"
import { hasPath, splitApiError } from "../../lib/form-errors"

/**
 * A react-hook-form form validated by `schema` (zod), holding `values` each time the drawer opens
 * or `recordKey` changes (so Cancel and reopening, or editing another record, start from the record). The schema's output, e.g. trimmed text
 * and "" as null, is what `FormDrawer`'s `onSubmit` receives.
 */
export const useDrawerForm = <TIn extends FieldValues, TOut>(
  schema: z.ZodType<TOut, TIn>,
  open: boolean,
  values: TIn,
  recordKey?: string | null
): UseFormReturn<TIn, unknown, TOut> => {
  const form = useForm<TIn, unknown, TOut>({
    resolver: zodResolver<TIn, unknown, TOut>(schema),
    defaultValues: values as DefaultValues<TIn>,
  })
  useEffect(() => {
    if (open) {
      form.reset(values)
    }
    // `values` is a fresh object each render; the form restarts on opening (or another record) only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, recordKey])
  return form
}

/** `form.handleSubmit(onSubmit)` that shows the API's refusal on the form (`showApiError`) instead of throwing. */
export const submitShowingApiErrors = <TIn extends FieldValues, TOut>(
  form: UseFormReturn<TIn, unknown, TOut>,
  onSubmit: (values: TOut) => Promise<unknown>
) =>
  form.handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      showApiError(form, error)
    }
  })

/** The API's refusal on the fields it names (see `splitApiError`), the rest on the form. */
export const showApiError = <T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, error: unknown) => {
  const message = errorMessage(error)
  const { fields, form: rest } = splitApiError(message, (path) => hasPath(form.getValues(), path))
  Object.entries(fields).forEach(([path, text]) =>
    form.setError(path as Parameters<typeof form.setError>[0], { type: "server", message: text }, { shouldFocus: true })
  )
  if (rest) {
    form.setError("root.serverError", { type: "server", message: rest })
  }
}
