/** Minutes as hours and minutes: 90 → "1 h 30 min", 2880 → "48 h", 0.5 → "1 min". */
export const formatMinutes = (value?: number | null): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return "–"
  }
  const total = Math.max(0, Math.round(value))
  const h = Math.floor(total / 60)
  const m = total % 60
  if (h && m) {
    return `${h} h ${m} min`
  }
  return h ? `${h} h` : `${m} min`
}

/** `YYYY-MM-DD` (a due day the API returns) as a readable date, without shifting it by the time zone. */
export const formatDay = (day?: string | null): string => {
  if (!day) {
    return "–"
  }
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(d.getTime())
    ? day
    : d.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" })
}

/** A `YYYY-MM-DD` date input as the ISO instant the API takes (start of that UTC day). */
export const dayToIso = (day: string): string => new Date(`${day}T00:00:00Z`).toISOString()

/** Time zones the browser knows, for the SLA calendar's picker. */
export const timeZones = (): string[] => {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
  try {
    const zones = intl.supportedValuesOf?.("timeZone") ?? []
    return zones.includes("UTC") ? zones : ["UTC", ...zones]
  } catch {
    return ["UTC"]
  }
}
