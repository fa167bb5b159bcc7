import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createBomWorkflow } from "../../../workflows/boms/boms"
import { listEntities } from "../../utils/respond"
import { refetchBom } from "./helpers"
import { AdminCreateBom, AdminGetBomsParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetBomsParams>, res: MedusaResponse) => {
  const { rows, ...page } = await listEntities(req, "service_bom", req.filterableFields)
  res.json({ boms: rows, ...page })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBom>, res: MedusaResponse) => {
  const { result } = await createBomWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ bom: await refetchBom(req, result.id) })
}
