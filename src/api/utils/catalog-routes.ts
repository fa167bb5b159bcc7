import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { listEntities, retrieveEntity } from "./respond"

/** What the routes need of a workflow: run it with an input, get its result. */
export type Runnable<I, O = unknown> = (container: MedusaContainer) => { run: (args: { input: I }) => Promise<{ result: O }> }

/**
 * A batch create workflow (`{ <key>: [rows] }` → the created rows) as a create of one row, so
 * `catalogRoutes` can run it with the request's body.
 */
export const createOne =
  <B, K extends string>(workflow: Runnable<Record<K, B[]>, { id: string }[]>, key: K): Runnable<B, { id: string }> =>
  (container) => ({
    run: async ({ input }) => {
      const { result } = await workflow(container).run({ input: { [key]: [input] } as Record<K, B[]> })
      return { result: result[0] }
    },
  })

/**
 * The five handlers of a plain catalogue resource (list, create, read, update, delete), each a
 * workflow run then a re-read with the request's fields, in Medusa's response shapes. A missing id
 * is the workflows' 404 (`ensureExistsStep`, or the module's own NOT_FOUND).
 */
export function catalogRoutes<C, U>(opts: {
  /** Query entity, e.g. "service_skill". */
  entity: string
  /** Response keys, e.g. "skill" / "skills". */
  single: string
  plural: string
  /** For messages: "Skill". */
  label: string
  create: Runnable<C, { id: string }>
  update: Runnable<U & { id: string }>
  remove: Runnable<{ ids: string[] }>
  /** A re-read that adds to the row (default: the row with the request's fields). */
  refetch?: (req: MedusaRequest, id: string) => Promise<unknown>
}) {
  const refetch = opts.refetch ?? ((req: MedusaRequest, id: string) => retrieveEntity(req, opts.entity, { id }, opts.label))
  return {
    list: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      const { rows, ...page } = await listEntities(req, opts.entity, req.filterableFields)
      res.json({ [opts.plural]: rows, ...page })
    },
    create: async (req: AuthenticatedMedusaRequest<C>, res: MedusaResponse) => {
      const { result } = await opts.create(req.scope).run({ input: req.validatedBody })
      res.json({ [opts.single]: await refetch(req, result.id) })
    },
    retrieve: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      res.json({ [opts.single]: await refetch(req, req.params.id) })
    },
    update: async (req: AuthenticatedMedusaRequest<U>, res: MedusaResponse) => {
      await opts.update(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
      res.json({ [opts.single]: await refetch(req, req.params.id) })
    },
    remove: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      await opts.remove(req.scope).run({ input: { ids: [req.params.id] } })
      res.json({ id: req.params.id, object: opts.single, deleted: true })
    },
  }
}
