import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stateConflictMessage } from "../../modules/service-management/utils/conflicts"
import { answerConflicts } from "./conflict"
import { retrieveEntity } from "./respond"

/**
 * The route of a status action (`POST …/:id/<action>` with `{ from_status?, … }`): runs the
 * action's workflow and answers with the re-read record; a lost race (stale `from_status`, a
 * concurrent move, the lock not had in time) → 409 naming the status now. A missing record is the
 * workflow's 404.
 */
export function statusActionRoute<B extends { from_status?: string }>(opts: {
  /** Query entity, e.g. "service_agreement"; it has a `number` and a `status`. */
  entity: string
  /** Response key, e.g. "service_agreement". */
  single: string
  /** For messages: "Service agreement". */
  label: string
  run: (req: AuthenticatedMedusaRequest<B>, id: string) => Promise<unknown>
  refetch: (req: MedusaRequest, id: string) => Promise<unknown>
}) {
  return async (req: AuthenticatedMedusaRequest<B>, res: MedusaResponse) => {
    const id = req.params.id
    const done = await answerConflicts(
      res,
      () => opts.run(req, id),
      async () => {
        const now = await retrieveEntity(req, opts.entity, { id }, opts.label, ["number", "status"])
        return stateConflictMessage(`${opts.label} ${now.number}`, now.status, req.validatedBody.from_status)
      }
    )
    if (done) {
      res.json({ [opts.single]: await opts.refetch(req, id) })
    }
  }
}
