import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { moveServiceObjectBomVersionWorkflow } from "../../../../../workflows/boms/move-service-object-bom-version"
import { retrieveEntity } from "../../../../utils/respond"
import { AdminMoveServiceObjectBomVersion } from "../../validators"

const VERSION_FIELDS = ["id", "bom_id", "version", "status", "valid_from", "valid_to"]

/** The object's BOM version and the history of its moves (oldest first), each with the versions it names. */
async function bomVersionView(req: AuthenticatedMedusaRequest<any>) {
  const object = await retrieveEntity(req, "service_object", { id: req.params.id }, "Service object", [
    "id",
    "bom_version_id",
    ...VERSION_FIELDS.map((f) => `bom_version.${f}`),
    "bom_history.*",
  ])
  const history = [...(object.bom_history ?? [])].sort(
    (a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )
  const ids = [...new Set(history.flatMap((h: any) => [h.from_bom_version_id, h.to_bom_version_id]).filter(Boolean))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: versions } = ids.length
    ? await query.graph({ entity: "service_bom_version", fields: VERSION_FIELDS, filters: { id: ids }, withDeleted: true })
    : { data: [] as any[] }
  const version = (id: string | null) => versions.find((v: any) => v.id === id) ?? null
  return {
    service_object_id: object.id,
    bom_version: object.bom_version ?? null,
    history: history.map((h: any) => ({
      ...h,
      from_bom_version: version(h.from_bom_version_id),
      to_bom_version: version(h.to_bom_version_id),
    })),
  }
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await bomVersionView(req))
}

/** Moves the object to a newer approved version of its BOM; the move is kept in its history. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMoveServiceObjectBomVersion>, res: MedusaResponse) => {
  await retrieveEntity(req, "service_object", { id: req.params.id }, "Service object", ["id"])
  await moveServiceObjectBomVersionWorkflow(req.scope).run({
    input: { ...req.validatedBody, service_object_id: req.params.id, actor_id: req.auth_context?.actor_id },
  })
  res.json(await bomVersionView(req))
}
