// Shapes every feature's HTTP answers share.

/** Amounts come back as numbers (or numeric strings from big-number columns). */
export type Amount = number | string | null | undefined

/** A Medusa customer as the plugin's answers embed it. */
export type CustomerRef = {
  id: string
  email?: string | null
  first_name?: string | null
  last_name?: string | null
  company_name?: string | null
}

/** A list answer: the records under their plural key, with Medusa's paging fields. */
export type ListResponse<K extends string, T> = { [key in K]: T[] } & {
  count: number
  offset: number
  limit: number
}
