import type { RepairLineStatus, ServiceOrderLineType, ServiceOrderPriority } from "../types/enums"

export const DOCUMENT_KINDS = ["work_description", "job_receipt"] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export type DocumentAddress = Record<string, string | null | undefined>

/** A repair code as printed: its label and, when the merchant wrote one, its description. */
export type DocumentCode = { label: string; description: string | null } | null

export type DocumentLine = {
  type: ServiceOrderLineType
  description: string
  task: string | null
  quantity: number
  work_date: Date | string | null
  /** Job receipt only: the work description shows quantities, never prices. */
  unit_price?: number
  billable?: boolean
}

export type DocumentRepair = {
  status: RepairLineStatus
  object: string | null
  component: string | null
  symptom_area: DocumentCode
  symptom: DocumentCode
  diagnosis_area: DocumentCode
  diagnosis: DocumentCode
  resolution: DocumentCode
  condition: DocumentCode
  /** Work description only (the technician's notes stay internal). */
  notes?: string | null
}

/**
 * Everything one document prints, read by the document loader in a fixed number of queries.
 * The job receipt's loader never reads costs, margins or internal notes, so they cannot leak
 * into it whatever its layout does.
 */
export type ServiceOrderDocumentData = {
  kind: DocumentKind
  /** BCP 47 tag the dates, numbers and money are formatted for (e.g. "fr-FR"). */
  locale: string
  /** The labels' language: the locale's language, one of DOCUMENT_LANGUAGES. */
  language: DocumentLanguage
  /** The time zone dates are printed in: the order's SLA calendar, else UTC. */
  time_zone: string
  printed_at: Date | string
  store_name: string | null
  order: {
    number: string
    title: string | null
    description: string | null
    priority: ServiceOrderPriority
    stage: string | null
    currency_code: string
    created_at: Date | string
    closed_at: Date | string | null
    response_due_at: Date | string | null
    resolution_due_at: Date | string | null
    responded_at: Date | string | null
    resolved_at: Date | string | null
    /** Work description only. */
    internal_note?: string | null
  }
  customer: { name: string; email: string | null; phone: string | null }
  site_address: DocumentAddress | null
  sla: { name: string } | null
  service_object: {
    name: string
    serial_number: string | null
    warranty_end: Date | string | null
    bom: string | null
    bom_version: number | null
  } | null
  /** Work description only: the live visits booked for the order. */
  visits?: { technician: string; starts_at: Date | string; ends_at: Date | string }[]
  lines: DocumentLine[]
  repairs: DocumentRepair[]
}

export const DOCUMENT_LANGUAGES = ["en", "fr", "de", "sv", "lv", "ru"] as const
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number]
