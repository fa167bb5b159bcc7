import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { INPUT_LIMITS } from "../../modules/service-management/utils/input-limits"
import { documentLocale } from "../../documents/locale"
import { DOCUMENT_LANGUAGES } from "../../documents/types"

// Free text and ids are bounded here, with the limits of INPUT_LIMITS (the models' checks use them too).

/** An id in a body: a 100,000-character one is a 400 before any query. */
export const idInput = () => z.string().min(1).max(INPUT_LIMITS.id)
/** A code that names a row by code (a stage, a reason). */
export const codeInput = () => z.string().min(1).max(INPUT_LIMITS.code)
/** Names, titles, labels. */
export const shortText = () => z.string().max(INPUT_LIMITS.shortText)
/** Line descriptions. */
export const lineText = () => z.string().max(INPUT_LIMITS.lineText)
/** Notes and reasons. */
export const noteText = () => z.string().max(INPUT_LIMITS.note)
/** Descriptions and internal notes. */
export const longText = () => z.string().max(INPUT_LIMITS.longText)
/** `?locale=` of a document: a BCP 47 tag of a language the documents are translated into (fr, fr-CA…). */
export const documentLocaleInput = () =>
  z
    .string()
    .max(INPUT_LIMITS.code)
    .refine((tag) => documentLocale(tag) !== null, {
      message: `locale must be a language tag of one of ${DOCUMENT_LANGUAGES.join(", ")} (e.g. fr or fr-CA)`,
    })
/** A calendar colour as #rrggbb. */
export const colorInput = () => z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a #rrggbb colour")
export const serialNumberInput = () => z.string().trim().min(1).max(INPUT_LIMITS.serialNumber)

/** An address as an object of Medusa's address fields (or others): short text values, a bounded number of keys. */
export const addressInput = () =>
  z
    .record(z.string().max(INPUT_LIMITS.code), shortText().nullable())
    .refine((v) => Object.keys(v).length <= INPUT_LIMITS.addressFields, {
      message: `address takes at most ${INPUT_LIMITS.addressFields} fields`,
    })

/** Whether objects and arrays nest more than `levels` deep in `value` (looks no deeper than that). */
const nestsDeeper = (value: unknown, levels: number): boolean =>
  !!value && typeof value === "object" && (levels === 0 || Object.values(value).some((v) => nestsDeeper(v, levels - 1)))

/** Metadata: an object of at most 16 KB as JSON, nested at most 5 deep. */
export const metadataInput = () =>
  z
    .record(z.string(), z.unknown())
    .superRefine((value, ctx) => {
      if (Buffer.byteLength(JSON.stringify(value)) > INPUT_LIMITS.metadataBytes) {
        ctx.addIssue({ code: "custom", message: `metadata may be at most ${INPUT_LIMITS.metadataBytes} bytes as JSON` })
      } else if (nestsDeeper(value, INPUT_LIMITS.metadataDepth)) {
        ctx.addIssue({ code: "custom", message: `metadata may nest at most ${INPUT_LIMITS.metadataDepth} levels deep` })
      }
    })
    .nullish()

/** A list's free-text search (`q`): as long as a name, no longer. */
export const searchInput = () => shortText().optional()

/** One id or a list of ids, as query strings give them (`?id=a&id=b` or `?id=a`). */
export const idOrIds = () => z.union([idInput(), z.array(idInput()).max(1000)]).optional()

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

const toInt = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v)

/** An integer from `min` to `max` given in a query string ("25") or a body (25); "" and "2.5" are refused. */
export const boundedInt = (min: number, max = Number.MAX_SAFE_INTEGER) => z.preprocess(toInt, z.number().int().min(min).max(max))

/**
 * `limit` and `offset` with bounds, to extend Medusa's find params with: theirs accept negative
 * numbers, which the database then refuses (a 500 instead of a 400).
 */
export const boundedPaging = (limit: number, max = 100) => ({
  limit: boundedInt(1, max).default(limit),
  offset: boundedInt(0).default(0),
})

/** Medusa's find params (fields, paging, order, dates) with bounded `limit`/`offset`: bad paging is a 400, not a 500. */
export const adminFindParams = (defaults: { limit: number; offset: number }) =>
  createFindParams(defaults).extend(boundedPaging(defaults.limit, 1000))

/** One value of `values` or a list of them, as query strings give them (`?status=a&status=b`). */
export const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.array(z.enum(values))]).optional()

/**
 * A list's query: Medusa's find params with bounded paging, `order` among `sortable` (default
 * `order`), the `id` filter, and the resource's own filters (`q: searchInput()` where it searches).
 */
export const listParams = <T extends z.ZodRawShape>(
  opts: { limit: number; sortable: readonly string[]; order: string },
  filters: T
) => adminFindParams({ limit: opts.limit, offset: 0 }).extend({ order: orderParam(opts.sortable, opts.order), id: idOrIds(), ...filters })

/** An update body: the create fields, each optional, unknown keys refused, at least one given. */
export const updateSchema = <T extends z.ZodRawShape>(fields: T) =>
  z
    .object(fields)
    .partial()
    .strict()
    .refine((v) => Object.keys(v).length > 0, { message: "Give at least one field to change" })
