import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createRepairCodesWorkflow } from "../../../workflows/repairs/repair-codes"
import { listEntities, retrieveEntity } from "../../utils/respond"
import { AdminCreateRepairCode, AdminGetRepairCodesParams } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<AdminGetRepairCodesParams>, res: MedusaResponse) => {
  const { rows, count, offset, limit } = await listEntities(req, "service_repair_code", req.filterableFields)
  res.json({ repair_codes: rows, count, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateRepairCode>, res: MedusaResponse) => {
  const { result } = await createRepairCodesWorkflow(req.scope).run({ input: { repair_codes: [req.validatedBody] } })
  res.json({ repair_code: await retrieveEntity(req, "service_repair_code", { id: result[0].id }, "Repair code") })
}
