import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createServiceObjectsWorkflow } from "../../../workflows/service-objects/create-service-objects"
import { CreateServiceObjectInput } from "../../../workflows/service-objects/steps/create-service-objects"
import { listEntities, retrieveEntity } from "../../utils/respond"
import { AdminCreateServiceObject, AdminGetServiceObjectsParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetServiceObjectsParams>, res: MedusaResponse) => {
  const { rows, count, offset, limit } = await listEntities(req, "service_object", req.filterableFields)
  res.json({ service_objects: rows, count, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateServiceObject>, res: MedusaResponse) => {
  const { result } = await createServiceObjectsWorkflow(req.scope).run({
    input: { service_objects: [req.validatedBody as CreateServiceObjectInput] },
  })
  res.json({ service_object: await retrieveEntity(req, "service_object", { id: result[0].id }, "Service object") })
}
