import { DOCUMENT_LANGUAGES, DocumentLanguage } from "./types"

export type DocumentLocale = { locale: string; language: DocumentLanguage }

/**
 * `tag` (a BCP 47 language tag such as "fr-CA") as a document locale when the plugin has labels
 * for its language; null for anything else, including malformed tags.
 */
export function documentLocale(tag: unknown): DocumentLocale | null {
  if (typeof tag !== "string" || !tag.trim()) {
    return null
  }
  try {
    const locale = new Intl.Locale(tag.trim().replace(/_/g, "-"))
    const language = locale.language as DocumentLanguage
    return DOCUMENT_LANGUAGES.includes(language) ? { locale: locale.toString(), language } : null
  } catch {
    return null
  }
}

/**
 * The locale a document is printed in: the `requested` one when the plugin translates it, else
 * the customer's (`customer.metadata.locale`, Medusa having no locale field on customers), else
 * the first of the store's supported locales the plugin translates (Medusa's store locales carry
 * no default flag), else English.
 */
export function chooseDocumentLocale(input: {
  requested?: string | null
  customer?: unknown
  store?: unknown[]
}): DocumentLocale {
  for (const tag of [input.requested, input.customer, ...(input.store ?? [])]) {
    const found = documentLocale(tag)
    if (found) {
      return found
    }
  }
  return { locale: "en", language: "en" }
}
