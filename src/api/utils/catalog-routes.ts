import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { listEntities, retrieveEntity } from "./respond"

type Runnable<I> = (container: MedusaContainer) => { run: (args: { input: I }) => Promise<{ result: any }> }

/**
 * The five handlers of a plain catalogue resource (list, create, read, update, delete), each a
 * workflow run then a re-read with the request's fields, in Medusa's response shapes.
 */
export function catalogRoutes(opts: {
  /** Query entity, e.g. "service_skill". */
  entity: string
  /** Response keys, e.g. "skill" / "skills". */
  single: string
  plural: string
  /** For messages: "Skill". */
  label: string
  create: Runnable<any>
  update: Runnable<any>
  remove: Runnable<{ ids: string[] }>
}) {
  const refetch = (req: AuthenticatedMedusaRequest<any>, id: string, fields?: string[]) =>
    retrieveEntity(req, opts.entity, { id }, opts.label, fields)
  return {
    list: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      const { rows, count, offset, limit } = await listEntities(req, opts.entity, req.filterableFields)
      res.json({ [opts.plural]: rows, count, offset, limit })
    },
    create: async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
      const { result } = await opts.create(req.scope).run({ input: req.validatedBody })
      res.json({ [opts.single]: await refetch(req, result.id) })
    },
    retrieve: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      res.json({ [opts.single]: await refetch(req, req.params.id) })
    },
    update: async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
      await refetch(req, req.params.id, ["id"])
      await opts.update(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
      res.json({ [opts.single]: await refetch(req, req.params.id) })
    },
    remove: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      await refetch(req, req.params.id, ["id"])
      await opts.remove(req.scope).run({ input: { ids: [req.params.id] } })
      res.json({ id: req.params.id, object: opts.single, deleted: true })
    },
  }
}
