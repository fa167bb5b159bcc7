import type { DocumentLanguage } from "../types"
import { de } from "./de"
import { en, DocumentLabels } from "./en"
import { fr } from "./fr"
import { lv } from "./lv"
import { ru } from "./ru"
import { sv } from "./sv"

export type { DocumentLabels }

/** The documents' labels per language the plugin ships (DOCUMENT_LANGUAGES). */
export const DOCUMENT_LABELS: Record<DocumentLanguage, DocumentLabels> = { en, fr, de, sv, lv, ru }
