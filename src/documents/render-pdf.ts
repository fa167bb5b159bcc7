import fs from "fs"
import path from "path"
import pdfmake from "pdfmake"
import { FONT } from "./layouts/parts"

// DejaVu Sans covers Latin with every diacritic the shipped languages use and Cyrillic. It comes
// from the `dejavu-fonts-ttf` dependency, resolved from this file, so the fonts are found in the
// repository, in the built plugin and in a host app's node_modules alike.
const FONT_FILES = { normal: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", italics: "DejaVuSans-Oblique.ttf", bolditalics: "DejaVuSans-BoldOblique.ttf" }
const VFS_DIR = "medusa-plugin-service-management"

let registered = false

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
