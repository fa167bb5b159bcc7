import { REPAIR_LINE_CODE_FIELDS } from "../../../modules/service-management/models/repair-line"
import type { DocumentCode, DocumentKind, DocumentRepair, ServiceOrderDocumentData } from "../../../documents/types"

// A repair line's code relations are its code columns without `_id` (symptom_area, symptom_code…).
const CODE_RELATIONS = Object.keys(REPAIR_LINE_CODE_FIELDS).map((column) => column.replace(/_id$/, ""))

// Read for both documents. No cost, margin or internal note is among them.
const SHARED_FIELDS = [
  "number",
  "title",
  "description",
  "priority",
  "currency_code",
  "address",
  "created_at",
  "closed_at",
  "response_due_at",
  "resolution_due_at",
  "responded_at",
  "resolved_at",
  "customer_id",
  "stage.name",
  "sla.name",
  "sla.timezone",
  "customer.first_name",
  "customer.last_name",
  "customer.company_name",
  "customer.email",
  "customer.phone",
  "customer.metadata",
  "service_object.name",
  "service_object.serial_number",
  "service_object.warranty_end",
  "service_object.address",
  "service_object.bom_version.version",
  "service_object.bom_version.bom.name",
  "lines.type",
  "lines.description",
  "lines.service_task_id",
  "lines.quantity",
  "lines.work_date",
  "lines.created_at",
  "repair_lines.status",
  "repair_lines.created_at",
  "repair_lines.service_object.name",
  "repair_lines.bom_component.title",
  "repair_lines.bom_component.part_number",
  ...CODE_RELATIONS.flatMap((relation) => [`repair_lines.${relation}.label`, `repair_lines.${relation}.description`]),
]

/**
 * The service order fields each document reads. The job receipt adds prices and the billable flag;
 * only the work description reads the internal note, repair notes and the visits. Costs and
 * margins are read by neither.
 */
export const DOCUMENT_ORDER_FIELDS: Record<DocumentKind, string[]> = {
  work_description: [
    ...SHARED_FIELDS,
    "internal_note",
    "repair_lines.notes",
    "assignments.status",
    "assignments.starts_at",
    "assignments.ends_at",
    "assignments.technician.first_name",
    "assignments.technician.last_name",
  ],
  job_receipt: [...SHARED_FIELDS, "lines.unit_price", "lines.billable"],
}

type Code = { label: string; description?: string | null } | null | undefined
type Row = Record<string, any>

const code = (value: Code): DocumentCode => (value ? { label: value.label, description: value.description ?? null } : null)
const byCreated = (a: Row, b: Row) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
const fullName = (person: Row | null | undefined) => [person?.first_name, person?.last_name].filter(Boolean).join(" ")

/** A repair line row as the documents print it. */
export function documentRepair(row: Row, kind: DocumentKind): DocumentRepair {
  const component = row.bom_component
  return {
    status: row.status,
    object: row.service_object?.name ?? null,
    component: component ? [component.part_number, component.title].filter(Boolean).join(" ") || null : null,
    symptom_area: code(row.symptom_area),
    symptom: code(row.symptom_code),
    diagnosis_area: code(row.diagnosis_area),
    diagnosis: code(row.diagnosis_code),
    resolution: code(row.resolution_code),
    condition: code(row.condition_code),
    ...(kind === "work_description" ? { notes: row.notes ?? null } : {}),
  }
}

/** The document data from the order row, the names of its lines' tasks and the chosen locale. */
export function documentData(
  order: Row,
  input: { kind: DocumentKind; taskNames: Map<string, string>; locale: { locale: string; language: ServiceOrderDocumentData["language"] }; storeName: string | null; now: Date }
): ServiceOrderDocumentData {
  const { kind } = input
  const customer = order.customer
  const object = order.service_object
  const receipt = kind === "job_receipt"
  return {
    kind,
    ...input.locale,
    time_zone: order.sla?.timezone || "UTC",
    printed_at: input.now,
    store_name: input.storeName,
    order: {
      number: order.number,
      title: order.title ?? null,
      description: order.description ?? null,
      priority: order.priority,
      stage: order.stage?.name ?? null,
      currency_code: order.currency_code,
      created_at: order.created_at,
      closed_at: order.closed_at ?? null,
      response_due_at: order.response_due_at ?? null,
      resolution_due_at: order.resolution_due_at ?? null,
      responded_at: order.responded_at ?? null,
      resolved_at: order.resolved_at ?? null,
      ...(receipt ? {} : { internal_note: order.internal_note ?? null }),
    },
    customer: {
      name: [customer?.company_name, fullName(customer)].filter(Boolean).join(", ") || customer?.email || order.customer_id,
      email: customer?.email ?? null,
      phone: customer?.phone ?? null,
    },
    site_address: order.address ?? object?.address ?? null,
    sla: order.sla ? { name: order.sla.name } : null,
    service_object: object
      ? {
          name: object.name,
          serial_number: object.serial_number ?? null,
          warranty_end: object.warranty_end ?? null,
          bom: object.bom_version?.bom?.name ?? null,
          bom_version: object.bom_version?.version ?? null,
        }
      : null,
    ...(receipt
      ? {}
      : {
          visits: (order.assignments ?? [])
            .filter((a: Row) => a.status !== "cancelled")
            .sort((a: Row, b: Row) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
            .map((a: Row) => ({ technician: fullName(a.technician), starts_at: a.starts_at, ends_at: a.ends_at })),
        }),
    lines: [...(order.lines ?? [])].sort(byCreated).map((line: Row) => ({
      type: line.type,
      description: line.description,
      task: line.service_task_id ? input.taskNames.get(line.service_task_id) ?? null : null,
      quantity: Number(line.quantity),
      work_date: line.work_date ?? null,
      ...(receipt ? { unit_price: Number(line.unit_price ?? 0), billable: line.billable !== false } : {}),
    })),
    repairs: [...(order.repair_lines ?? [])].sort(byCreated).map((row: Row) => documentRepair(row, kind)),
  }
}
