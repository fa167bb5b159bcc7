import { toast } from "@medusajs/ui"
import { toastMoveError } from "../../lib/conflicts"
import { errorMessage } from "../../lib/errors"
import { get } from "../../lib/client"
import { useSaveAssignment } from "../../lib/hooks/dispatch"
import { isConflict, overrideRulesOf } from "../../lib/dispatch-errors"
import type { Assignment, AssignmentInput, OverrideRule } from "../../lib/dispatch-types"

type Ask = (message: string, rules: OverrideRule[]) => Promise<string | null>

/**
 * Saves an assignment the way a dispatcher expects: when the API names rules that need an
 * override, asks (with a note) and retries with `override`; a conflict (409: the booking in the
 * way, or a newer version of the assignment) is shown with a Retry (see `toastMoveError`); the
 * other refusals as the API's message in a toast, or thrown with `throwRefusals` (a form shows
 * them on its fields). Resolves true when saved, false when refused or cancelled.
 */
export const useAssignmentSaver = (ask: Ask, { throwRefusals = false } = {}) => {
  const save = useSaveAssignment()

  const run = async (orderId: string, body: AssignmentInput, assignmentId?: string): Promise<boolean> => {
    try {
      await save.mutateAsync({ orderId, assignmentId, body })
      return true
    } catch (error) {
      const rules = overrideRulesOf(error)
      if (rules && !body.override) {
        const note = await ask(errorMessage(error), rules)
        if (note === null) {
          return false
        }
        return run(orderId, { ...body, override: rules, ...(note ? { override_note: note } : {}) }, assignmentId)
      }
      if (throwRefusals) {
        throw error
      } else if (isConflict(error)) {
        toastMoveError(error, () => void again(orderId, body, assignmentId))
      } else {
        toast.error("Not saved", { description: errorMessage(error) })
      }
      return false
    }
  }

  // A Retry after a 409: the same change, from the assignment's version as it is now.
  const again = async (orderId: string, body: AssignmentInput, assignmentId?: string) => {
    if (!assignmentId || !body.expected_updated_at) {
      return run(orderId, body, assignmentId)
    }
    const { assignments } = await get<{ assignments: Assignment[] }>(`/admin/service-orders/${orderId}/assignments`)
    const now = assignments.find((a) => a.id === assignmentId)
    return run(orderId, { ...body, expected_updated_at: now?.updated_at ?? body.expected_updated_at }, assignmentId)
  }

  return { run, isPending: save.isPending }
}
