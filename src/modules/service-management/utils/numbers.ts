/** Formats a display id as the order's human number, e.g. 12 → "SO-000012". */
export function formatNumber(prefix: string, value: number, padding: number): string {
  return `${prefix}${String(value).padStart(padding, "0")}`
}

/** Reads the display id back from a human number or a bare number ("SO-000012", "12"); null if none. */
export function parseNumber(input: string): number | null {
  const match = /(\d+)\s*$/.exec(input.trim())
  return match ? Number(match[1]) : null
}
