import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteServiceObjectsWorkflow } from "../../../../workflows/service-objects/delete-service-objects"
import { updateServiceObjectWorkflow } from "../../../../workflows/service-objects/update-service-object"
import { retrieveEntity } from "../../../utils/respond"
import { AdminUpdateServiceObject } from "../validators"

const refetch = (req: AuthenticatedMedusaRequest<any>) =>
  retrieveEntity(req, "service_object", { id: req.params.id }, "Service object")

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ service_object: await refetch(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateServiceObject>, res: MedusaResponse) => {
  await updateServiceObjectWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ service_object: await refetch(req) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveEntity(req, "service_object", { id: req.params.id }, "Service object", ["id"])
  await deleteServiceObjectsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "service_object", deleted: true })
}
