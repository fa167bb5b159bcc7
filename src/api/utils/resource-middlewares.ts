import { MiddlewareFunction, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { BaseEntity, QueryConfig } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { NO_FIELDS, ResourceQueryConfigs } from "./query-config"

type Schema = z.ZodType

/** `fields=` of a detail answer, checked against the resource's retrieve config. */
export const retrieveQuery = (config: QueryConfig<BaseEntity>) => validateAndTransformQuery(createSelectParams(), config)

/** A POST whose body is checked by `schema`, then the given middlewares (usually `retrieveQuery`). */
export const bodyRoute = (matcher: string, schema: Schema, ...after: MiddlewareFunction[]): MiddlewareRoute => ({
  method: ["POST"],
  matcher,
  middlewares: [validateAndTransformBody(schema), ...after],
})

/** A GET whose query is checked by `schema` (a computed answer by default: no default fields). */
export const queryRoute = (matcher: string, schema: Schema, config: QueryConfig<BaseEntity> = NO_FIELDS): MiddlewareRoute => ({
  method: ["GET"],
  matcher,
  middlewares: [validateAndTransformQuery(schema, config)],
})

/**
 * The middlewares of a resource at `path`, as Medusa's own routes have them: the list's query,
 * the create body, the detail's `fields=`, the update body, and DELETE when the resource has one.
 */
export function resourceMiddlewares(
  path: string,
  opts: { query: ResourceQueryConfigs; list: Schema; create?: Schema; update?: Schema; remove?: boolean }
): MiddlewareRoute[] {
  const retrieve = retrieveQuery(opts.query.retrieve)
  return [
    queryRoute(path, opts.list, opts.query.list),
    ...(opts.create ? [bodyRoute(path, opts.create, retrieve)] : []),
    { method: opts.remove ? ["GET", "DELETE"] : ["GET"], matcher: `${path}/:id`, middlewares: [retrieve] },
    ...(opts.update ? [bodyRoute(`${path}/:id`, opts.update, retrieve)] : []),
  ]
}
