/**
 * How long free text and ids may be: the zod helpers of the API (`src/api/utils/validators.ts`)
 * and the Postgres CHECK constraints of the models read these, so a limit changes in one place.
 */
export const INPUT_LIMITS = {
  /** Any id in a body, query or path (Medusa's are about 30 characters). */
  id: 100,
  /** Codes: stage, reason, task, SLA, repair and skill codes. */
  code: 64,
  /** Names, titles, labels, address fields. */
  shortText: 200,
  /** Line descriptions (what an invoice line shows). */
  lineText: 500,
  /** Notes and reasons on a move, an assignment or a return. */
  note: 2000,
  /** A customer's note on a storefront call (it reaches staff as sent). */
  customerNote: 1000,
  /** Descriptions, internal notes, repair notes. */
  longText: 10000,
  serialNumber: 100,
  /** Keys of an address object. */
  addressFields: 20,
  /** Metadata as JSON: bytes of `JSON.stringify`, and how deep objects and arrays nest. */
  metadataBytes: 16384,
  metadataDepth: 5,
} as const

/**
 * Postgres prints jsonb with a space after every `:` and `,`, so the same metadata is longer as
 * `metadata::text` than as `JSON.stringify`: the column's check allows twice the API's limit.
 */
export const METADATA_COLUMN_BYTES = INPUT_LIMITS.metadataBytes * 2

/** A CHECK constraint that keeps `column` at most `max` characters (NULL passes). */
export const maxLengthCheck = (table: string, column: string, max: number) => ({
  name: `${table}_${column}_length_check`,
  expression: `char_length(${column}) <= ${max}`,
})

/** A CHECK constraint that keeps a jsonb `metadata` column at most METADATA_COLUMN_BYTES as text. */
export const metadataSizeCheck = (table: string) => ({
  name: `${table}_metadata_size_check`,
  expression: `octet_length(metadata::text) <= ${METADATA_COLUMN_BYTES}`,
})

/** Text the plugin composes (a generated title, a line from a product's title) cut to a column's limit. */
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
