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
