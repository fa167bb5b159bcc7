import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ComponentView, diffBomComponents } from "../../../../../../../modules/service-management/utils/bom-versions"
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
  const components = (version: { components?: ComponentView[] | null }) => version.components ?? []
  const changes = diffBomComponents(components(from), components(to))
  const summary = { added: 0, removed: 0, changed: 0, unchanged: 0 }
  changes.forEach((c) => summary[c.change]++)
  // The versions without their components (the changes list them).
  const head = ({ components: _components, ...v }: Record<string, unknown>) => v
  res.json({ from: head(from), to: head(to), changes, summary })
}
