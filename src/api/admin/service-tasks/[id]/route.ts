import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteServiceTasksWorkflow, updateServiceTaskWorkflow } from "../../../../workflows/service-tasks/service-tasks"
import { retrieveEntity } from "../../../utils/respond"
import { AdminUpdateServiceTask } from "../validators"

const refetch = (req: AuthenticatedMedusaRequest<any>, fields?: string[]) =>
  retrieveEntity(req, "service_task", { id: req.params.id }, "Service task", fields)

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ service_task: await refetch(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateServiceTask>, res: MedusaResponse) => {
  await refetch(req, ["id"])
  await updateServiceTaskWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ service_task: await refetch(req) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetch(req, ["id"])
  await deleteServiceTasksWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "service_task", deleted: true })
}
