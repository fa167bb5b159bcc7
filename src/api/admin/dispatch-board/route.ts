import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { jsonText, sendJsonText } from "../../utils/json-text"
import { AdminGetDispatchBoardParams } from "./validators"
import { loadDispatchBoard } from "./board"

/** The dispatch board for `from`–`to` (optionally one team): technicians with their time, and the queue. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetDispatchBoardParams>, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetDispatchBoardParams
  const { count, rows, ...references } = await loadDispatchBoard(req.scope, params)
  const technicians = `[${rows.map((r) => jsonText(r.technician, r.json)).join(",")}]`
  sendJsonText(res, jsonText({ from: params.from, to: params.to, count, offset: params.offset ?? 0, limit: params.limit ?? null }, { technicians, ...references }))
}
