import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { addressInput, codeInput, dateFilter, dateInput, documentLocaleInput, idInput, idOrIds, lineText, listParams, longText, metadataInput, moneyInput, noteText, oneOrMany, searchInput, shortText } from "../../utils/validators"
import { SERVICE_ORDER_CHANNELS, SERVICE_ORDER_LINE_TYPES, SERVICE_ORDER_PRIORITIES, SLA_EVENT_TYPES, SLA_METRICS } from "../../../types/enums"

const SORTABLE = ["created_at", "updated_at", "display_id", "number", "priority", "stage_changed_at", "revenue_total", "cost_total", "margin_total", "response_due_at", "resolution_due_at"] as const

export const AdminGetServiceOrdersParams = listParams({ limit: 20, sortable: SORTABLE, order: "-created_at" }, {
  q: searchInput(),
  stage_id: idOrIds(),
  stage_code: idOrIds(),
  customer_id: idOrIds(),
  service_object_id: idOrIds(),
  priority: oneOrMany(SERVICE_ORDER_PRIORITIES),
  channel: oneOrMany(SERVICE_ORDER_CHANNELS),
  is_open: booleanString().optional(),
  agreement_id: idOrIds(),
  sla_id: idOrIds(),
  /** Orders with a response or resolution target breached (true) or none breached (false). */
  sla_breached: booleanString().optional(),
  /** Orders with an unmet, unpaused, not yet breached target due within this many hours. */
  sla_due_within_hours: z.coerce.number().positive().max(24 * 366).optional(),
  /** Posted orders (true) or orders not posted yet (false). */
  is_posted: booleanString().optional(),
  created_at: dateFilter(),
  updated_at: dateFilter(),
  /** Deep pages: the orders after this display_id, with order=-display_id (or display_id) instead of an offset. */
  after: z.coerce.number().int().positive().optional(),
})
export type AdminGetServiceOrdersParams = z.infer<typeof AdminGetServiceOrdersParams>

const lineFields = {
  type: z.enum(SERVICE_ORDER_LINE_TYPES),
  description: lineText().min(1).optional(),
  quantity: z.number().finite().positive().max(1e6),
  unit_price: moneyInput().optional(),
  unit_cost: moneyInput().optional(),
  billable: z.boolean().optional(),
  service_task_id: idInput().nullish(),
  product_variant_id: idInput().nullish(),
  technician_id: idInput().nullish(),
  work_date: dateInput().nullish(),
  metadata: metadataInput(),
}

export const AdminServiceOrderLine = z.object(lineFields).strict()
export type AdminServiceOrderLine = z.infer<typeof AdminServiceOrderLine>

export const AdminAddServiceOrderLines = z.object({ lines: z.array(AdminServiceOrderLine).min(1).max(200) })
export type AdminAddServiceOrderLines = z.infer<typeof AdminAddServiceOrderLines>

export const AdminUpdateServiceOrderLine = z
  .object({ ...lineFields, type: lineFields.type.optional(), quantity: lineFields.quantity.optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "Give at least one field to change" })
export type AdminUpdateServiceOrderLine = z.infer<typeof AdminUpdateServiceOrderLine>

const windowRefinement = (v: { preferred_start?: Date | null; preferred_end?: Date | null }) =>
  !v.preferred_start || !v.preferred_end || v.preferred_end > v.preferred_start

const headerFields = {
  title: shortText().nullish(),
  description: longText().nullish(),
  internal_note: longText().nullish(),
  priority: z.enum(SERVICE_ORDER_PRIORITIES).optional(),
  address: addressInput().nullish(),
  preferred_start: dateInput().nullish(),
  preferred_end: dateInput().nullish(),
  metadata: metadataInput(),
}
const windowMessage = { message: "preferred_end must be after preferred_start", path: ["preferred_end"] }

export const AdminCreateServiceOrder = z
  .object({
    customer_id: idInput(),
    service_object_id: idInput().nullish(),
    /** An active agreement of the customer; its SLA then applies. */
    agreement_id: idInput().nullish(),
    stage_code: codeInput().optional(),
    currency_code: z.string().length(3).optional(),
    lines: z.array(AdminServiceOrderLine).max(200).optional(),
    ...headerFields,
  })
  .strict()
  .refine(windowRefinement, windowMessage)
export type AdminCreateServiceOrder = z.infer<typeof AdminCreateServiceOrder>

export const AdminUpdateServiceOrder = z.object(headerFields).strict().refine(windowRefinement, windowMessage)
export type AdminUpdateServiceOrder = z.infer<typeof AdminUpdateServiceOrder>

export const AdminTransitionServiceOrder = z
  .object({
    to_stage: codeInput(),
    /** The stage the caller saw; another stage now → 409. Default: the stage as the request arrives. */
    from_stage_code: codeInput().optional(),
    reason_code: codeInput().optional(),
    note: noteText().optional(),
  })
  .strict()
export type AdminTransitionServiceOrder = z.infer<typeof AdminTransitionServiceOrder>

export const AdminPostServiceOrder = z.object({ additional_data: z.record(z.string(), z.unknown()).optional() }).strict()
export type AdminPostServiceOrder = z.infer<typeof AdminPostServiceOrder>

export const AdminRecordSlaEvent = z
  .object({
    type: z.enum(SLA_EVENT_TYPES),
    metric: z.enum(SLA_METRICS).optional(),
    reason_code: codeInput().optional(),
    note: noteText().optional(),
    /** When it happened, if not now (e.g. a response by phone recorded afterwards). */
    occurred_at: dateInput().optional(),
  })
  .strict()
  .refine((v) => v.type !== "stop" || !!v.metric, { message: "a stop needs a metric (response or resolution)", path: ["metric"] })
  .refine((v) => v.type === "stop" || !v.metric, { message: "only a stop names a metric", path: ["metric"] })
  .refine((v) => v.type !== "pause" || !!v.reason_code, { message: "a pause needs a reason_code", path: ["reason_code"] })
export type AdminRecordSlaEvent = z.infer<typeof AdminRecordSlaEvent>

/** `GET …/work-description` and `…/job-receipt`: the PDF's language, instead of the customer's. */
export const AdminGetServiceOrderDocumentParams = z.object({ locale: documentLocaleInput().optional() }).strict()
export type AdminGetServiceOrderDocumentParams = z.infer<typeof AdminGetServiceOrderDocumentParams>
