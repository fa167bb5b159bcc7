import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchServiceReturn } from "../helpers"
import { withServiceReturnActions } from "../../../utils/allowed-actions"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ret = await refetchServiceReturn(req, req.params.id)
  res.json({ service_return: await withServiceReturnActions(req, req.params.id, ret) })
}
