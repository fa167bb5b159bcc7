import { z } from "zod"

// Building blocks of the drawers' zod schemas: what the form holds ("" for an empty input) → what
// the API takes. The API checks the rest (formats, limits) and its refusals land on the fields.

/** A text that must be given: trimmed, refused empty with `message`. */
export const requiredText = (message: string) => z.string().trim().min(1, message)

/** A text that may be left empty: trimmed, "" is sent as null. */
export const optionalText = () =>
  z
    .string()
    .nullish()
    .transform((v) => v?.trim() || null)
