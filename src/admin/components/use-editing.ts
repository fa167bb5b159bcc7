import { useMemo, useState } from "react"

/** Whether a record's drawer is open, and for which record (null: creating one). */
export const useEditing = <T,>() => {
  const [state, setState] = useState<{ open: boolean; record: T | null }>({ open: false, record: null })
  // Stable, so that memoised table columns may call them.
  const actions = useMemo(
    () => ({
      create: () => setState({ open: true, record: null }),
      edit: (record: T) => setState({ open: true, record }),
      onOpenChange: (open: boolean) => setState((s) => ({ ...s, open })),
    }),
    []
  )
  return { ...state, ...actions }
}
