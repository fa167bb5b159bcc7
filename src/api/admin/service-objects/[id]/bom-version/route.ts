import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { moveServiceObjectBomVersionWorkflow } from "../../../../../workflows/boms/move-service-object-bom-version"
import { bomHistoryVersionIds, bomVersionView } from "../../../../../modules/service-management/utils/views/bom-version"
import { retrieveEntity } from "../../../../utils/respond"
import { AdminMoveServiceObjectBomVersion } from "../../validators"

const VERSION_FIELDS = ["id", "bom_id", "version", "status", "valid_from", "valid_to"]

/** The object's BOM version and its moves, with the versions they name (the view is in module utils/views). */
async function readBomVersionView(req: MedusaRequest) {
  const object = await retrieveEntity(req, "service_object", { id: req.params.id }, "Service object", [
    "id",
    "bom_version_id",
    ...VERSION_FIELDS.map((f) => `bom_version.${f}`),
    "bom_history.*",
  ])
  const ids = bomHistoryVersionIds(object.bom_history ?? [])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: versions } = ids.length
    ? await query.graph({ entity: "service_bom_version", fields: VERSION_FIELDS, filters: { id: ids }, withDeleted: true })
    : { data: [] }
  return bomVersionView(object, versions)
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await readBomVersionView(req))
}

/** Moves the object to a newer approved version of its BOM; the move is kept in its history. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMoveServiceObjectBomVersion>, res: MedusaResponse) => {
  await moveServiceObjectBomVersionWorkflow(req.scope).run({
    input: { ...req.validatedBody, service_object_id: req.params.id, actor_id: req.auth_context?.actor_id },
  })
  res.json(await readBomVersionView(req))
}
