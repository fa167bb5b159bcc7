import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareFunction, MiddlewareRoute } from "@medusajs/framework/http"
import { SUBSCRIPTION_CURSOR_FIELDS } from "../../modules/service-management/utils/subscription-cursor"

const isCursorField = (field: string): field is (typeof SUBSCRIPTION_CURSOR_FIELDS)[number] =>
  (SUBSCRIPTION_CURSOR_FIELDS as readonly string[]).includes(field)

/** Subscription field paths with the cursor's fields read from the `cursor` relation. */
export const cursorFields = (fields: string[]) => fields.map((f) => (isCursorField(f) ? `cursor.${f}` : f))

/** Moves the cursor's keys of a filter or sort object under `cursor` (Query filters and sorts on a relation of the same module). */
function nestCursorKeys(obj: Record<string, unknown> | undefined) {
  const keys = Object.keys(obj ?? {}).filter(isCursorField)
  if (!obj || !keys.length) {
    return obj
  }
  const rest = { ...obj }
  const cursor: Record<string, unknown> = {}
  for (const key of keys) {
    cursor[key] = rest[key]
    delete rest[key]
  }
  return { ...rest, cursor }
}

/**
 * Subscriptions' HTTP answers keep `next_due_at` and `next_period_start` at the top level (fields,
 * filter and sort by those names) while the model keeps them in the `cursor` relation: after the
 * query is validated, this reads, filters and sorts them there; `flattenCursor` flattens the rows.
 */
export const subscriptionCursorQuery: MiddlewareFunction = (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  if (req.queryConfig?.fields) {
    req.queryConfig.fields = cursorFields(req.queryConfig.fields)
  }
  const pagination = req.queryConfig?.pagination as { order?: Record<string, unknown> } | undefined
  if (pagination?.order) {
    pagination.order = nestCursorKeys(pagination.order)
  }
  if (req.filterableFields) {
    req.filterableFields = nestCursorKeys(req.filterableFields) as typeof req.filterableFields
  }
  next()
}

/** A subscription route with `subscriptionCursorQuery` after its own middlewares. */
export const withSubscriptionCursor = (route: MiddlewareRoute): MiddlewareRoute => ({
  ...route,
  middlewares: [...(route.middlewares ?? []), subscriptionCursorQuery],
})
