import { extractText, getDocumentProxy } from "unpdf"
import { renderServiceOrderDocument, serviceOrderDocumentDefinition } from ".."
import { DOCUMENT_LABELS } from "../labels"
import { chooseDocumentLocale, documentLocale } from "../locale"
import { DOCUMENT_LANGUAGES, ServiceOrderDocumentData } from "../types"

/** Every string a pdfmake definition would print (functions such as the footer called for page 1 of 1). */
function printed(node: unknown): string[] {
  if (typeof node === "string") {
    return [node]
  }
  if (typeof node === "function") {
    return printed(node(1, 1))
  }
  if (Array.isArray(node)) {
    return node.flatMap(printed)
  }
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([key, value]) => (["styles", "info", "defaultStyle"].includes(key) ? [] : printed(value)))
  }
  return []
}

const data = (over: Partial<ServiceOrderDocumentData> = {}): ServiceOrderDocumentData => ({
  kind: "job_receipt",
  locale: "de-DE",
  language: "de",
  time_zone: "Europe/Berlin",
  printed_at: "2026-12-05T10:00:00Z",
  store_name: "Kältetechnik GmbH",
  order: {
    number: "SO-000042",
    title: "Wartung",
    description: null,
    priority: "high",
    stage: "Abgeschlossen",
    currency_code: "eur",
    created_at: "2026-11-30T08:00:00Z",
    closed_at: null,
    response_due_at: null,
    resolution_due_at: null,
    responded_at: null,
    resolved_at: null,
  },
  customer: { name: "Jürgen Groß", email: "j@example.com", phone: null },
  site_address: { address_1: "Hauptstraße 5", postal_code: "10115", city: "Berlin", country_code: "de" },
  sla: null,
  service_object: { name: "Kühlschrank", serial_number: "K-1", warranty_end: "2027-01-01T00:00:00Z", bom: null, bom_version: null },
  lines: [
    { type: "hour", description: "Arbeit", task: null, quantity: 1.5, work_date: null, unit_price: 80, billable: true },
    { type: "item", description: "Dichtung", task: null, quantity: 2, work_date: null, unit_price: 12.1, billable: true },
    { type: "expense", description: "Anfahrt", task: null, quantity: 1, work_date: null, unit_price: 30, billable: false },
  ],
  repairs: [],
  ...over,
})

describe("document locale", () => {
  it("takes the first translated of the requested, the customer's and the store's locales, else English", () => {
    expect(chooseDocumentLocale({ requested: "fr-CA", customer: "de", store: ["sv"] })).toEqual({ locale: "fr-CA", language: "fr" })
    expect(chooseDocumentLocale({ requested: "ja", customer: "ru_RU", store: ["sv"] })).toEqual({ locale: "ru-RU", language: "ru" })
    expect(chooseDocumentLocale({ customer: 42, store: ["ja-JP", "lv-LV"] })).toEqual({ locale: "lv-LV", language: "lv" })
    expect(chooseDocumentLocale({ customer: "not a tag!", store: [] })).toEqual({ locale: "en", language: "en" })
    expect(documentLocale("")).toBeNull()
  })

  it("ships every label in every language", () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v).map((s) => `${k}.${s}`) : [k]))
    for (const language of DOCUMENT_LANGUAGES) {
      expect(keys(DOCUMENT_LABELS[language]).sort()).toEqual(keys(DOCUMENT_LABELS.en).sort())
    }
  })
})

describe("job receipt layout", () => {
  it("prices the billable lines in the order's currency, totals them and names the warranty on the rest", () => {
    const text = printed(serviceOrderDocumentDefinition(data()).content).join("\n").replace(/\s/g, " ")
    const eur = (n: number) => new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(n).replace(/\s/g, " ")
    expect(text).toContain(eur(120)) // 1.5 × 80
    expect(text).toContain(eur(24.2)) // 2 × 12.10
    expect(text).toContain(eur(144.2))
    expect(text).toContain("Durch Garantie gedeckt")
    expect(text).not.toContain(eur(30))
    expect(text).toContain("Hauptstraße 5")
    expect(text).toContain("10115 Berlin")
    expect(text).toContain("Deutschland")
  })

  it("says no charge when the warranty had ended before the order", () => {
    const expired = data({ service_object: { name: "K", serial_number: null, warranty_end: "2025-01-01T00:00:00Z", bom: null, bom_version: null } })
    const text = printed(serviceOrderDocumentDefinition(expired).content).join("\n")
    expect(text).toContain("Kostenlos")
    expect(text).not.toContain("Durch Garantie gedeckt")
  })
})

describe("rendering", () => {
  const text = async (pdf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, " ")

  // First: the font's first document has "C" and "o" only inside "Ç" and "ö" (a glyph made of
  // parts); a later document must still have the text of its plain "C" and "o".
  it("keeps the text of a letter an earlier document used only as part of an accented one", async () => {
    const accentsOnly = data({
      kind: "work_description",
      store_name: "Ç",
      order: { ...data().order, number: "Çö", title: null, stage: "ö" },
      customer: { name: "Çöô", email: null, phone: null },
      site_address: null,
      service_object: null,
      lines: [],
    })
    await renderServiceOrderDocument(accentsOnly)
    const later = await text(await renderServiceOrderDocument(data({ customer: { name: "Cocotte Coco", email: null, phone: null } })))
    expect(later).toContain("Cocotte Coco")
  })

  // The parsed font is shared by every document: each must still embed the glyphs it uses.
  it("renders documents at the same time, each with its own text, over the shared font", async () => {
    const names = ["Jürgen Groß", "Иван Петров", "Żaneta Ćwik", "Ødegård Åse"]
    const pdfs = await Promise.all(names.map((name) => renderServiceOrderDocument(data({ customer: { name, email: null, phone: null } }))))
    const again = await renderServiceOrderDocument(data({ customer: { name: names[1], email: null, phone: null } }))
    const texts = await Promise.all([...pdfs, again].map(text))
    names.forEach((name, i) => expect(texts[i]).toContain(name))
    expect(texts[4]).toContain(names[1])
    expect(texts[4]).toContain("SO-000042")
  })
})
