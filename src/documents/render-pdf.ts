import fs from "fs"
import path from "path"
import pdfmake from "pdfmake"
import PdfmakeDocument, { PdfKitFont } from "pdfmake/js/PDFDocument"
import { FONT } from "./layouts/parts"

// DejaVu Sans covers Latin with every diacritic the shipped languages use and Cyrillic. It comes
// from the `dejavu-fonts-ttf` dependency, resolved from this file, so the fonts are found in the
// repository, in the built plugin and in a host app's node_modules alike.
const FONT_FILES = { normal: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", italics: "DejaVuSans-Oblique.ttf", bolditalics: "DejaVuSans-BoldOblique.ttf" }
const VFS_DIR = "medusa-plugin-service-management"

let registered = false

/**
 * The parsed fonts, per style, shared by every document. pdfkit parses a font file for each
 * document (fontkit's tables, decoded as text is laid out and the subset written): most of a work
 * description's rendering time. The parsed font is only read afterwards (each document keeps its
 * own subset, widths and layout cache in its `EmbeddedFont`) and rendering is synchronous between
 * awaits, so documents rendered at the same time can share it.
 */
const parsed = new Map<string, PdfKitFont>()

/**
 * fontkit keeps each glyph it decodes with the characters it was first reached from, and pdfkit
 * maps a document's glyphs back to text (copy, search, extraction) with them. A glyph first
 * reached as a part of another (the "o" of "ö", written into a subset) keeps none, and in a
 * shared parse every later document would lose that letter's text: each glyph is reached from
 * its characters first, once, before any document uses the font.
 */
function knowCharacters(font: PdfKitFont) {
  const parse = font.font as { characterSet: number[]; glyphForCodePoint(codePoint: number): unknown }
  for (const codePoint of parse.characterSet) {
    parse.glyphForCodePoint(codePoint)
  }
}

/**
 * pdfkit lays out each word once per document (fontkit's shaping, as much time as the rest of the
 * rendering) and keeps the run in the font's `layoutCache`. A run depends only on the word and the
 * parsed font — documents copy it, never change it — so the documents share one cache per style,
 * started afresh every `LAYOUT_CACHE_DOCUMENTS` documents: the words of names and addresses, each
 * in few documents, cannot grow it without bound (the labels, in every one, are laid out again).
 */
const layouts = new Map<string, { documents: number; runs: Record<string, unknown> }>()
const LAYOUT_CACHE_DOCUMENTS = 100

function sharedLayoutCache(type: string): Record<string, unknown> {
  let cache = layouts.get(type)
  if (!cache || cache.documents++ >= LAYOUT_CACHE_DOCUMENTS) {
    cache = { documents: 0, runs: Object.create(null) }
    layouts.set(type, cache)
  }
  return cache.runs
}

/** pdfmake's font lookup, serving this plugin's font from `parsed` (other fonts as pdfmake does). */
function provideSharedFont(this: PdfmakeDocument, family: string, bold: boolean, italics: boolean): PdfKitFont {
  const type = this.getFontType(bold, italics)
  const cached = (this.fontCache[family] ??= {})
  const shared = family === FONT ? parsed.get(type) : undefined
  if (!shared) {
    // The first document parses the font the usual way, and the parse is kept.
    const font = providePdfmakeFont.call(this, family, bold, italics)
    if (family === FONT) {
      knowCharacters(font)
      font.layoutCache = sharedLayoutCache(type)
      parsed.set(type, font)
    }
    return font
  }
  if (!cached[type]) {
    // A font of this document (its own id, subset and widths) over the shared parse; listed in
    // the document's fonts, as pdfkit's `font()` does, so it is embedded when the document ends.
    const Embedded = shared.constructor as new (document: PdfmakeDocument, font: unknown, id: string) => PdfKitFont
    const font = new Embedded(this, shared.font, `F${++this._fontCount}`)
    font.layoutCache = sharedLayoutCache(type)
    this._fontFamilies[font.id] = font
    cached[type] = font
  }
  return cached[type]
}
const providePdfmakeFont = PdfmakeDocument.prototype.provideFont

/** Loads the font files into pdfmake's virtual file system once per process. */
function registerFonts() {
  if (registered) {
    return
  }
  const dir = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf")
  const names = {} as typeof FONT_FILES
  for (const [style, file] of Object.entries(FONT_FILES) as [keyof typeof FONT_FILES, string][]) {
    names[style] = `${VFS_DIR}/${file}`
    pdfmake.virtualfs.writeFileSync(names[style], fs.readFileSync(path.join(dir, file)))
  }
  pdfmake.addFonts({ [FONT]: names })
  PdfmakeDocument.prototype.provideFont = provideSharedFont
  // The documents load nothing from URLs or disk: deny both, unless the host app set its own policy.
  if (pdfmake.urlAccessPolicy === undefined) {
    pdfmake.setUrlAccessPolicy(() => false)
  }
  if (pdfmake.localAccessPolicy === undefined) {
    pdfmake.setLocalAccessPolicy(() => false)
  }
  registered = true
}

/** A pdfmake document definition rendered to PDF bytes with the embedded font. */
export async function renderPdf(definition: object): Promise<Buffer> {
  registerFonts()
  return pdfmake.createPdf(definition).getBuffer()
}
