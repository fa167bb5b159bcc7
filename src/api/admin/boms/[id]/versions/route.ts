import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createBomVersionWorkflow } from "../../../../../workflows/boms/bom-versions"
import { listEntities } from "../../../../utils/respond"
import { refetchBom, refetchBomVersion } from "../../helpers"
import { AdminCreateBomVersion, AdminGetBomVersionsParams } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetBomVersionsParams>, res: MedusaResponse) => {
  await refetchBom(req, req.params.id, ["id"])
  const { rows, ...page } = await listEntities(req, "service_bom_version", {
    ...req.filterableFields,
    bom_id: req.params.id,
  })
  res.json({ bom_versions: rows, ...page })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBomVersion>, res: MedusaResponse) => {
  const { result } = await createBomVersionWorkflow(req.scope).run({
    input: { ...req.validatedBody, bom_id: req.params.id },
  })
  res.json({ bom_version: await refetchBomVersion(req, req.params.id, result.id) })
}
