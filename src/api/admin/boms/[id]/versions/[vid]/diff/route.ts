import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { diffBomComponents } from "../../../../../../../modules/service-management/utils/bom-versions"
import { refetchBomVersion } from "../../../../helpers"
import { defaultAdminBomVersionFields } from "../../../../query-config"
import { AdminBomVersionDiffParams } from "../../../../validators"

/**
 * The side-by-side difference of two versions of a BOM: what changed in `:vid` compared with
 * `?against=` (each part once: added, removed, changed with the fields, or unchanged).
 */
export const GET = async (req: AuthenticatedMedusaRequest<AdminBomVersionDiffParams>, res: MedusaResponse) => {
  const { against } = req.validatedQuery as AdminBomVersionDiffParams
  const [to, from] = await Promise.all([
    refetchBomVersion(req, req.params.id, req.params.vid, defaultAdminBomVersionFields),
    refetchBomVersion(req, req.params.id, against, defaultAdminBomVersionFields),
  ])
  const changes = diffBomComponents((from.components ?? []) as any[], (to.components ?? []) as any[])
  const summary = { added: 0, removed: 0, changed: 0, unchanged: 0 }
  changes.forEach((c) => summary[c.change]++)
  const head = ({ components, ...v }: Record<string, any>) => v
  res.json({ from: head(from), to: head(to), changes, summary })
}
