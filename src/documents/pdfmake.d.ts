// pdfmake 0.3 ships no type declarations (and @types/pdfmake describes 0.2): the part the
// documents use.
declare module "pdfmake" {
  type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string }
  const pdfmake: {
    virtualfs: { existsSync(name: string): boolean; writeFileSync(name: string, content: Buffer): void }
    addFonts(fonts: Record<string, FontFiles>): void
    setUrlAccessPolicy(policy: (url: string) => boolean): void
    setLocalAccessPolicy(policy: (path: string) => boolean): void
    urlAccessPolicy?: unknown
    localAccessPolicy?: unknown
    createPdf(definition: object): { getBuffer(): Promise<Buffer> }
  }
  export = pdfmake
}

// pdfmake's pdfkit document: its font lookup, and the pdfkit fields a shared font is registered in
// (render-pdf.ts).
declare module "pdfmake/js/PDFDocument" {
  /** pdfkit's EmbeddedFont: a document's font over a parsed fontkit font. */
  export type PdfKitFont = { id: string; font: unknown; constructor: Function; layoutCache?: Record<string, unknown> }
  export default class PdfmakeDocument {
    fontCache: Record<string, Record<string, PdfKitFont>>
    _fontCount: number
    _fontFamilies: Record<string, PdfKitFont>
    getFontType(bold: boolean, italics: boolean): string
    provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont
  }
}
