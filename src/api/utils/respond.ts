import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Lists `entity` with the request's fields and pagination, in Medusa's list shape. */
export async function listEntities(req: MedusaRequest, entity: string, filters: Record<string, unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity,
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  return { rows: data, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take }
}

/** Fetches one `entity` matching `filters` with the request's fields; 404 when there is none. */
export async function retrieveEntity(
  req: MedusaRequest,
  entity: string,
  filters: Record<string, unknown>,
  label: string,
  fields: string[] = req.queryConfig.fields
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${filters.id} was not found`)
  }
  return data[0]
}
