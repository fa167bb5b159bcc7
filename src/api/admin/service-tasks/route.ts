import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceTasksWorkflow } from "../../../workflows/service-tasks/service-tasks"
import { listEntities, retrieveEntity } from "../../utils/respond"
import { AdminCreateServiceTask, AdminGetServiceTasksParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetServiceTasksParams>, res: MedusaResponse) => {
  const { rows, count, offset, limit } = await listEntities(req, "service_task", req.filterableFields)
  res.json({ service_tasks: rows, count, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateServiceTask>, res: MedusaResponse) => {
  const { result } = await createServiceTasksWorkflow(req.scope).run({ input: { service_tasks: [req.validatedBody] } })
  res.json({ service_task: await retrieveEntity(req, "service_task", { id: result[0].id }, "Service task") })
}
