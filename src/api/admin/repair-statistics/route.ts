import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { repairStatistics } from "./statistics"
import { AdminGetRepairStatisticsParams } from "./validators"

/** Counts of recurring symptoms, diagnoses, resolutions and components, per product, BOM version or component. */
export const GET = async (req: AuthenticatedMedusaRequest<AdminGetRepairStatisticsParams>, res: MedusaResponse) => {
  res.json({ repair_statistics: await repairStatistics(req, req.validatedQuery as AdminGetRepairStatisticsParams) })
}
