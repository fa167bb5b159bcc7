import { z } from "@medusajs/framework/zod"
import { boundedPaging, dateInput, idOrIds } from "../../utils/validators"

/** `?currency_code=eur` or a list of them. */
export const currencyCodes = () => z.union([z.string().length(3), z.array(z.string().length(3)).max(100)]).optional()

// Typed loosely: the generic object's inferred output does not expose its keys to TypeScript here.
const inOrder = (v: object) => {
  const { from, to } = v as { from?: Date; to?: Date }
  return !from || !to || from < to
}

/**
 * A report's query: `group_by` among its groups, the date range (`from` inclusive, `to`
 * exclusive; from after to is a 400), `format=json|csv`, bounded paging, and its own filters.
 */
export const reportParams = <G extends readonly [string, ...string[]], T extends z.ZodRawShape>(
  groups: G,
  fallback: G[number],
  filters: T
) =>
  z
    .object({
      group_by: z.enum(groups).default(fallback as never),
      format: z.enum(["json", "csv"]).default("json"),
      from: dateInput().optional(),
      to: dateInput().optional(),
      ...boundedPaging(50, 1000),
      ...filters,
    })
    .strict()
    .refine(inOrder, { message: "from must be before to", path: ["from"] })

export { idOrIds }

/** A one-or-many query value as a list (undefined when absent). */
export const list = <T extends string>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v])

/** Currency codes as stored (lower case). */
export const currencies = (v: string | string[] | undefined) => list(v)?.map((c) => c.toLowerCase())
