/** The billing cursor's fields: a subscription's answer carries them at its top level, its cursor row holds them. */
export const SUBSCRIPTION_CURSOR_FIELDS = ["next_period_start", "next_due_at"] as const

/**
 * A subscription's billing cursor: the first period without a fee transaction, and when it falls
 * due. Dates in steps; `Date | string` where a row may come back serialised.
 */
export type SubscriptionCursorFields<D = Date> = { next_period_start: D | null; next_due_at: D | null }
type CursorFields = SubscriptionCursorFields<Date | string>

/**
 * A subscription read with its `cursor` relation, as one flat record: the cursor's fields it was
 * read with at the top level (null when it has no cursor), no `cursor`.
 */
export function flattenCursor<T extends { cursor?: Partial<CursorFields> | null }>(row: T): Omit<T, "cursor"> & CursorFields {
  const { cursor, ...rest } = row
  const flat: Partial<CursorFields> = {}
  // Only the fields asked for: a row read without its cursor gets none.
  for (const field of cursor === undefined ? [] : SUBSCRIPTION_CURSOR_FIELDS) {
    if (!cursor || field in cursor) {
      flat[field] = cursor?.[field] ?? null
    }
  }
  return { ...rest, ...flat } as Omit<T, "cursor"> & CursorFields
}
