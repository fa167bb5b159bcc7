// Pieces several answers share.

/** Amounts come back as numbers (or numeric strings from big-number columns). */
export type Amount = number | string | null | undefined

/** The customer fields a plugin record is read with. */
export type CustomerRef = {
  id: string
  email?: string | null
  first_name?: string | null
  last_name?: string | null
  company_name?: string | null
}
