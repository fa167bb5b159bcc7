import { toast } from "@medusajs/ui"
import { errorMessage } from "../../lib/errors"
import { useSaveAssignment } from "../../lib/dispatch-hooks"
import { isConflict, overrideRulesOf } from "../../lib/dispatch-errors"
import type { AssignmentInput, OverrideRule } from "../../lib/dispatch-types"

type Ask = (message: string, rules: OverrideRule[]) => Promise<string | null>

/**
 * Saves an assignment the way a dispatcher expects: when the API names rules that need an
 * override, asks (with a note) and retries with `override`; a conflict (409) or any other refusal
 * is shown as the API's message (a toast, or `onRefused` for forms showing it inline). Resolves true when saved, false when refused or cancelled.
 */
export const useAssignmentSaver = (ask: Ask, onRefused?: (message: string) => void) => {
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
      if (onRefused) {
        onRefused(errorMessage(error))
      } else {
        toast.error(isConflict(error) ? "Conflict" : "Not saved", { description: errorMessage(error) })
      }
      return false
    }
  }

  return { run, isPending: save.isPending }
}
