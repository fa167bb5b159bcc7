import { toast } from "@medusajs/ui"
import { useRef } from "react"
import { isConflict } from "./dispatch-errors"
import { errorMessage, toastError } from "./errors"

/**
 * Shows why a status move (stage, agreement, subscription, return, assignment) was refused. A 409
 * means someone changed the record first: the API's message names the state it is in now, the
 * move's hook has already refetched the record (so the page shows that state), and "Retry" sends
 * the move again from it. Any other refusal is the usual error toast. Returns whether it was a
 * conflict: a modal drawer then closes, so the toast's Retry can be clicked (a modal blocks it).
 */
export const toastMoveError = (error: unknown, retry?: () => void): boolean => {
  if (!isConflict(error)) {
    toastError(error)
    return false
  }
  toast.warning("Changed by someone else", {
    description: errorMessage(error),
    duration: 20000,
    action: retry ? { label: "Retry", altText: "Send the change again from the current state", onClick: retry } : undefined,
  })
  return true
}

/** The value of the latest render: what a Retry clicked after the refetch must move from. */
export const useLatest = <T,>(value: T) => {
  const ref = useRef(value)
  ref.current = value
  return ref
}
