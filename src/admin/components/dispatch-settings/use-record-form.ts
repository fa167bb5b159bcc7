import { useEffect, useState } from "react"
import { errorMessage, toastSuccess } from "../../lib/errors"

/**
 * @deprecated The BOM drawers' old form state, until they move to `useDrawerForm` + `FormDrawer`
 * (see form-drawer.tsx); new drawers do not use it.
 *
 * State of a create/edit drawer for one record: values reset from the record whenever the
 * drawer opens, save (create without id, update with it), the API's refusal kept for display.
 */
export function useRecordForm<R extends { id: string }, V>({
  open,
  onOpenChange,
  record,
  toValues,
  save,
  describe,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  record: R | null
  toValues: (record: R | null) => V
  save: { mutate(vars: { id?: string; body: V }, opts: { onSuccess: () => void; onError: (e: unknown) => void }): void }
  /** e.g. `Skill "Gas"`, for the success toast. */
  describe: (values: V) => string
}) {
  const [values, setValues] = useState<V>(() => toValues(record))
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (open) {
      setValues(toValues(record))
      setError(null)
    }
    // toValues is a fresh closure each render; the reset belongs to opening and the record only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, record])

  const submit = (body: V) =>
    save.mutate(
      { id: record?.id, body },
      {
        onSuccess: () => {
          toastSuccess(`${describe(body)} was ${record ? "updated" : "created"}`)
          onOpenChange(false)
        },
        onError: (e) => setError(errorMessage(e)),
      }
    )

  return { values, set: (patch: Partial<V>) => setValues((v) => ({ ...v, ...patch })), error, submit, isEdit: !!record }
}
