import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Above this many matches (or beyond the page asked for, whichever is further) a list answers
 * `count_capped: true` with that number as `count`, a lower bound, instead of counting every row:
 * an exact count of a million rows costs far more than the page itself.
 */
export const LIST_COUNT_CAP = 1_000

/**
 * Lists `entity` with the request's fields and pagination, in Medusa's list shape plus
 * `count_capped`. The page is read without a count (`offset` goes to the ORM as an option, which
 * Query does not count); the count is then the page's own length when the first page is not full,
 * else one probe for a row at the cap (unordered: any index will do) and an exact count only when
 * there is none — the work stays bounded however large the table grows.
 */
export async function listEntities(req: MedusaRequest, entity: string, filters: Record<string, unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip = 0, take, order } = req.queryConfig.pagination
  const { data } = await query.graph({
    entity,
    fields: req.queryConfig.fields,
    filters,
    pagination: { take, order, options: { offset: skip } } as { take?: number },
  })
  const { count, capped } = await countUpToCap(data.length)
  return { rows: data, count, count_capped: capped, offset: skip, limit: take }

  async function countUpToCap(rows: number) {
    if (take === undefined || (skip === 0 && rows < take)) {
      return { count: skip + rows, capped: false }
    }
    const cap = Math.max(LIST_COUNT_CAP, skip + take)
    const { data: beyondCap } = await query.graph({ entity, fields: ["id"], filters, pagination: { take: 1, options: { offset: cap } } as { take?: number } })
    if (beyondCap.length) {
      return { count: cap, capped: true }
    }
    const { metadata } = await query.graph({ entity, fields: ["id"], filters, pagination: { skip: 0, take: 1 } })
    return { count: metadata!.count, capped: false }
  }
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
