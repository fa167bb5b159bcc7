/** Formats a display id as the order's human number, e.g. 12 → "SO-000012". */
export function formatNumber(prefix: string, value: number, padding: number): string {
  return `${prefix}${String(value).padStart(padding, "0")}`
}

/** Reads the display id back from a human number or a bare number ("SO-000012", "12"); null if none. */
export function parseNumber(input: string): number | null {
  const match = /(\d+)\s*$/.exec(input.trim())
  return match ? Number(match[1]) : null
}

export type Numbered = { display_id: number; number: string }

/** Gives each row, in order, its reserved display id and the human number made from it. */
export function withNumbers<T>(rows: T[], displayIds: number[], prefix: string, padding: number): (T & Numbered)[] {
  return rows.map((row, i) => ({ ...row, display_id: displayIds[i], number: formatNumber(prefix, displayIds[i], padding) }))
}
