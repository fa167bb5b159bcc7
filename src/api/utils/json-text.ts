import { MedusaResponse } from "@medusajs/framework/http"

/**
 * The JSON text of an object: `plain`'s members serialised, then `text`'s members, which are JSON
 * text already (what Postgres wrote for a large answer) and go in as they are, unparsed.
 */
export function jsonText(plain: Record<string, unknown>, text: Record<string, string>): string {
  const members = Object.entries(text).map(([key, json]) => `${JSON.stringify(key)}:${json}`)
  const head = JSON.stringify(plain).slice(1, -1)
  return `{${[...(head ? [head] : []), ...members].join(",")}}`
}

/** Answers 200 with JSON text as it is (`res.send` would also hash the whole body for an ETag nobody asks for). */
export function sendJsonText(res: MedusaResponse, json: string): void {
  res.status(200).setHeader("Content-Type", "application/json; charset=utf-8")
  res.end(json)
}
