import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AdminGetDispatchBoardParams } from "./validators"
import { loadDispatchBoard } from "./board"

/** The dispatch board for `from`–`to` (optionally one team): technicians with their time, and the queue. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetDispatchBoardParams>, res: MedusaResponse) => {
  res.json(await loadDispatchBoard(req.scope, req.validatedQuery as AdminGetDispatchBoardParams))
}
