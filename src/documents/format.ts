import type { DocumentAddress } from "./types"

type DateInput = Date | string | null | undefined

// Building Intl formatters costs more than formatting a document's values with them: one set per
// locale and time zone, reused. Few in use (the shipped languages' regions times the SLAs' zones);
// a request may name any region, so past `FORMATS` the sets start afresh.
const formats = new Map<string, ReturnType<typeof buildFormat>>()
const FORMATS = 200

/** Dates, numbers, money and countries formatted with `Intl` for one locale and time zone. */
export function documentFormat(locale: string, timeZone: string) {
  const key = `${locale} ${timeZone}`
  let format = formats.get(key)
  if (!format) {
    format = buildFormat(locale, timeZone)
    if (formats.size >= FORMATS) {
      formats.clear()
    }
    formats.set(key, format)
  }
  return format
}

function buildFormat(locale: string, timeZone: string) {
  // Intl refuses a zone name beside dateStyle/timeStyle: the same fields, spelled out.
  const dateTime = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  })
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone })
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 })
  const countries = new Intl.DisplayNames([locale], { type: "region", fallback: "code" })
  const currencies = new Map<string, Intl.NumberFormat>()
  const at = (value: DateInput) => (value ? new Date(value) : null)

  const currency = (code: string) => {
    const key = code.toUpperCase()
    if (!currencies.has(key)) {
      currencies.set(key, new Intl.NumberFormat(locale, { style: "currency", currency: key }))
    }
    return currencies.get(key)!
  }

  return {
    dateTime: (value: DateInput) => (at(value) ? dateTime.format(at(value)!) : ""),
    date: (value: DateInput) => (at(value) ? date.format(at(value)!) : ""),
    number: (value: number) => number.format(value),
    money: (value: number, currencyCode: string) => {
      try {
        return currency(currencyCode).format(value)
      } catch {
        // A code Intl rejects (not three letters): the amount and the code as stored.
        return `${number.format(value)} ${currencyCode}`
      }
    },
    /** An address as printed lines: company and name, street, postal code and city, region, country. */
    address: (address: DocumentAddress | null | undefined): string[] => {
      if (!address) {
        return []
      }
      const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" ")
      const country = address.country_code ? countries.of(address.country_code.toUpperCase()) : null
      return [
        address.company,
        join(address.first_name, address.last_name),
        address.address_1,
        address.address_2,
        join(address.postal_code, address.city),
        address.province,
        country,
      ].filter((line): line is string => !!line && !!line.trim())
    },
  }
}

export type DocumentFormat = ReturnType<typeof buildFormat>
