import type { DocumentLabels } from "../labels"
import type { DocumentFormat } from "../format"
import type { DocumentCode, DocumentRepair, ServiceOrderDocumentData } from "../types"

/** A pdfmake content node (https://pdfmake.github.io/docs/0.3/document-definition-object/). */
export type Content = string | Content[] | { [key: string]: unknown }

/** What every layout is given: the data, its labels and its formatters. */
export type LayoutInput = { data: ServiceOrderDocumentData; t: DocumentLabels; f: DocumentFormat }

export const FONT = "ServiceDocuments"
const MUTED = "#555555"

/** Label/value rows, skipping empty values; nothing at all when every value is empty. */
export function facts(rows: [string, string | null | undefined][]): Content[] {
  const filled = rows.filter(([, value]) => value !== null && value !== undefined && value !== "")
  if (!filled.length) {
    return []
  }
  return [
    {
      table: { widths: [130, "*"], body: filled.map(([label, value]) => [{ text: label, color: MUTED }, value]) },
      layout: "noBorders",
      margin: [0, 0, 0, 6],
    },
  ]
}

export const heading = (text: string): Content => ({ text, style: "heading" })

/** The top of every document: its title, the store, the order number and when it was printed. */
export function documentHeader({ data, t, f }: LayoutInput, title: string): Content[] {
  return [
    {
      columns: [
        { stack: [{ text: title, style: "title" }, data.store_name ? { text: data.store_name, color: MUTED } : ""] },
        {
          width: "auto",
          alignment: "right",
          stack: [
            { text: `${t.service_order} ${data.order.number}`, bold: true },
            { text: `${t.printed}: ${f.dateTime(data.printed_at)}`, color: MUTED, fontSize: 8 },
          ],
        },
      ],
      margin: [0, 0, 0, 12],
    },
  ]
}

/** Customer and site address side by side. */
export function partiesBlock({ data, t, f }: LayoutInput): Content {
  const customer = [data.customer.name, data.customer.email, data.customer.phone].filter(Boolean) as string[]
  return {
    columns: [
      { stack: [{ text: t.customer, color: MUTED }, ...customer] },
      { stack: [{ text: t.site_address, color: MUTED }, ...(f.address(data.site_address).length ? f.address(data.site_address) : [t.none])] },
    ],
    columnGap: 20,
    margin: [0, 0, 0, 10],
  }
}

/** The service object with its serial number, BOM version and warranty. */
export function objectFacts({ data, t, f }: LayoutInput): Content[] {
  const object = data.service_object
  if (!object) {
    return []
  }
  const bom = object.bom_version !== null ? [object.bom, `v${object.bom_version}`].filter(Boolean).join(" ") : null
  return facts([
    [t.service_object, object.name],
    [t.serial_number, object.serial_number],
    [t.bom_version, bom],
    [t.warranty_until, f.date(object.warranty_end)],
  ])
}

/** A repair code in words: its label and the merchant's description of it. */
export const codeText = (code: DocumentCode) => (code ? [code.label, code.description].filter(Boolean).join(" — ") : null)

/** An area and a code within it, e.g. "Electrical — power supply: Blown fuse". */
const areaAndCode = (area: DocumentCode, code: DocumentCode) => [codeText(area), codeText(code)].filter(Boolean).join(": ") || null

/** One block per repair: status, object and component, then symptom, diagnosis, resolution and condition in words. */
export function repairBlocks({ t }: LayoutInput, repairs: DocumentRepair[], withNotes: boolean): Content[] {
  return repairs.map((repair) => ({
    stack: [
      { text: [repair.object, repair.component].filter(Boolean).join(" · ") || t.repairs, bold: true },
      ...facts([
        [t.status, t.repair_status[repair.status]],
        [t.symptom, areaAndCode(repair.symptom_area, repair.symptom)],
        [t.diagnosis, areaAndCode(repair.diagnosis_area, repair.diagnosis)],
        [t.resolution, codeText(repair.resolution)],
        [t.condition, codeText(repair.condition)],
        [t.notes, withNotes ? repair.notes : null],
      ]),
    ],
    unbreakable: true,
    margin: [0, 0, 0, 4],
  }))
}

/** A table with a header row and light lines; an empty table is a "None" line instead. */
export function table(widths: (number | string)[], header: string[], rows: Content[][], none: string): Content {
  if (!rows.length) {
    return { text: none, color: MUTED, margin: [0, 0, 0, 8] }
  }
  return {
    table: { headerRows: 1, widths, body: [header.map((text) => ({ text, bold: true })), ...rows] },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 8],
  }
}

/** The document definition around `content`: A4, the embedded font, page numbers in the footer. */
export function documentDefinition({ data, t }: LayoutInput, title: string, content: Content[]) {
  return {
    pageSize: "A4",
    pageMargins: [40, 40, 40, 50],
    info: { title: `${title} ${data.order.number}`, subject: title },
    language: data.locale,
    defaultStyle: { font: FONT, fontSize: 9, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 16, bold: true },
      heading: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
    },
    footer: (page: number, pages: number) => ({
      text: t.page.replace("{page}", String(page)).replace("{pages}", String(pages)),
      alignment: "center",
      fontSize: 8,
      color: MUTED,
    }),
    content,
  }
}
