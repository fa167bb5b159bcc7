import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"

/** One id or a list of ids, as query strings give them (`?id=a&id=b` or `?id=a`). */
export const idOrIds = () => z.union([z.string().min(1), z.array(z.string().min(1))]).optional()

/** `order` restricted to known columns (optionally prefixed with `-`), so a typo is a 400, not a 500. */
export const orderParam = (fields: readonly string[], fallback: string) =>
  z
    .string()
    .refine((value) => fields.includes(value.replace(/^-/, "")), {
      message: `order must be one of ${fields.join(", ")} (prefix with - for descending)`,
    })
    .default(fallback)

// Postgres timestamps cannot hold every JS date (years before 4713 BC fail with a 500); no service
// record needs more than four-digit years.
const MIN_DATE = new Date("1000-01-01T00:00:00Z")
const MAX_DATE = new Date("9999-12-31T23:59:59Z")

/** An ISO date-time or date string, turned into a Date (years 1000–9999). */
export const dateInput = () =>
  z.preprocess(
    (v) => (typeof v === "string" && v.length ? new Date(v) : v),
    z
      .date({ error: "must be an ISO 8601 date" })
      .min(MIN_DATE, { error: "must be a date after the year 1000" })
      .max(MAX_DATE, { error: "must be a date before the year 10000" })
  )

/**
 * A date filter for lists: a date (`created_at=2026-01-01`, read as `$eq`) or comparison operators
 * on dates (`created_at[$gte]=…`). Replaces Medusa's `createOperatorMap()`, whose values are
 * unchecked strings that reach the database (`?created_at[$gt]=not-a-date` was a 500).
 */
export const dateFilter = () =>
  z
    .preprocess(
      (v) => (v && typeof v === "object" && !Array.isArray(v) ? v : { $eq: v }),
      z
        .object({
          $eq: dateInput().optional(),
          $gt: dateInput().optional(),
          $gte: dateInput().optional(),
          $lt: dateInput().optional(),
          $lte: dateInput().optional(),
        })
        .strict()
    )
    .optional()

export const moneyInput = () => z.number().finite().min(0).max(1e12)

export const metadataInput = () => z.record(z.string(), z.unknown()).nullish()

const toInt = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v)

/**
 * `limit` and `offset` with bounds, to extend Medusa's find params with: theirs accept negative
 * numbers, which the database then refuses (a 500 instead of a 400).
 */
export const boundedPaging = (limit: number, max = 100) => ({
  limit: z.preprocess(toInt, z.number().int().min(1).max(max).default(limit)),
  offset: z.preprocess(toInt, z.number().int().min(0).default(0)),
})

/** Medusa's find params (fields, paging, order, dates) with bounded `limit`/`offset`: bad paging is a 400, not a 500. */
export const adminFindParams = (defaults: { limit: number; offset: number }) =>
  createFindParams(defaults).extend(boundedPaging(defaults.limit, 1000))
