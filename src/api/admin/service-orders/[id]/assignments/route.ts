import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAssignmentWorkflow } from "../../../../../workflows/dispatch/assignments"
import { listOrderAssignments } from "./helpers"
import { AdminCreateAssignment } from "./validators"
import { answerConflicts } from "../../../../utils/conflict"
import { retrieveEntity } from "../../../../utils/respond"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveEntity(req, "service_order", { id: req.params.id }, "Service order", ["id"])
  res.json({ assignments: await listOrderAssignments(req, req.params.id) })
}

/** Assigns a technician; 400 names rules needing an override, 409 names the booking in the way. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAssignment>, res: MedusaResponse) => {
  let id = ""
  const done = await answerConflicts(res, async () => {
    const { result } = await createAssignmentWorkflow(req.scope).run({
      input: { ...req.validatedBody, service_order_id: req.params.id, actor_id: req.auth_context.actor_id },
    })
    id = result.id
  })
  if (done) {
    const [assignment] = await listOrderAssignments(req, req.params.id, id)
    res.json({ assignment })
  }
}
