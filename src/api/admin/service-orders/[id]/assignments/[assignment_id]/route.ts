import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelAssignmentWorkflow, updateAssignmentWorkflow } from "../../../../../../workflows/dispatch/assignments"
import { listOrderAssignments } from "../helpers"
import { AdminUpdateAssignment } from "../validators"
import { answerConflicts } from "../../../../../utils/conflict"

const answer = async (req: MedusaRequest, res: MedusaResponse) => {
  const [assignment] = await listOrderAssignments(req, req.params.id, req.params.assignment_id)
  res.json({ assignment })
}

/** Moves, resizes, reassigns or re-statuses an assignment (409 when the new window is taken). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateAssignment>, res: MedusaResponse) => {
  const done = await answerConflicts(res, () =>
    updateAssignmentWorkflow(req.scope).run({
      input: { ...req.validatedBody, service_order_id: req.params.id, assignment_id: req.params.assignment_id },
    })
  )
  if (done) {
    await answer(req, res)
  }
}

/** Cancels the assignment: its window is free again. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await cancelAssignmentWorkflow(req.scope).run({ input: { service_order_id: req.params.id, assignment_id: req.params.assignment_id } })
  await answer(req, res)
}
