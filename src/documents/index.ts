import { documentFormat } from "./format"
import { DOCUMENT_LABELS } from "./labels"
import { jobReceiptLayout } from "./layouts/job-receipt"
import { workDescriptionLayout } from "./layouts/work-description"
import { renderPdf } from "./render-pdf"
import type { DocumentKind, ServiceOrderDocumentData } from "./types"

export * from "./types"
export { chooseDocumentLocale, documentLocale } from "./locale"

const LAYOUTS: Record<DocumentKind, typeof workDescriptionLayout> = {
  work_description: workDescriptionLayout,
  job_receipt: jobReceiptLayout,
}

/** The pdfmake definition of a document (pure: the same data gives the same definition). */
export function serviceOrderDocumentDefinition(data: ServiceOrderDocumentData) {
  return LAYOUTS[data.kind]({ data, t: DOCUMENT_LABELS[data.language], f: documentFormat(data.locale, data.time_zone) })
}

/** A service order document as PDF bytes. */
export const renderServiceOrderDocument = (data: ServiceOrderDocumentData) => renderPdf(serviceOrderDocumentDefinition(data))
