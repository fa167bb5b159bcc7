import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { validateRecurrence } from "../../../modules/service-management/utils/recurrence"
import { dateFilter, dateInput, idInput, idOrIds, lineText, listParams, longText, metadataInput, moneyInput, oneOrMany, searchInput, shortText, updateSchema } from "../../utils/validators"
import { AGREEMENT_LINE_TYPES, ALLOWANCE_PERIODS, ALLOWANCE_UNITS, SERVICE_AGREEMENT_STATUSES } from "../../../types/enums"

const SORTABLE = ["created_at", "updated_at", "display_id", "number", "name", "status", "valid_from", "valid_to"] as const
// Generating further ahead than this in one call is almost certainly a typo in `until`.
const MAX_GENERATION_DAYS_AHEAD = 366

const windowOk = (v: { valid_from?: Date | null; valid_to?: Date | null }) =>
  !v.valid_from || !v.valid_to || v.valid_to > v.valid_from
const windowMessage = { message: "valid_to must be after valid_from", path: ["valid_to"] }

const recurrence = () =>
  z
    .string()
    .max(500)
    .superRefine((rule, ctx) => {
      for (const problem of validateRecurrence(rule)) {
        ctx.addIssue({ code: "custom", message: problem })
      }
    })

export const AdminGetServiceAgreementsParams = listParams({ limit: 20, sortable: SORTABLE, order: "-created_at" }, {
  q: searchInput(),
  customer_id: idOrIds(),
  sla_id: idOrIds(),
  template_id: idOrIds(),
  agreement_group: idOrIds(),
  status: oneOrMany(SERVICE_AGREEMENT_STATUSES),
  is_template: booleanString().optional(),
  created_at: dateFilter(),
  updated_at: dateFilter(),
})
export type AdminGetServiceAgreementsParams = z.infer<typeof AdminGetServiceAgreementsParams>

const lineFields = {
  type: z.enum(AGREEMENT_LINE_TYPES),
  description: lineText().min(1).optional(),
  service_object_id: idInput().nullish(),
  service_task_id: idInput().nullish(),
  quantity: z.number().finite().positive().max(1e6),
  unit_price: moneyInput().optional(),
  unit_cost: moneyInput().optional(),
  recurrence: recurrence().nullish(),
  valid_from: dateInput().nullish(),
  valid_to: dateInput().nullish(),
  // E.g. 4 visits a year; quantity, unit and period go together (checked again on the merged line).
  allowance_quantity: z.number().finite().positive().max(1e6).nullish(),
  allowance_unit: z.enum(ALLOWANCE_UNITS).nullish(),
  allowance_period: z.enum(ALLOWANCE_PERIODS).nullish(),
  overage_unit_price: moneyInput().nullish(),
  metadata: metadataInput(),
}

const allowanceOk = (v: { allowance_quantity?: number | null; allowance_unit?: string | null; allowance_period?: string | null }) =>
  [v.allowance_quantity, v.allowance_unit, v.allowance_period].filter((x) => x != null).length % 3 === 0
const allowanceMessage = { message: "allowance_quantity, allowance_unit and allowance_period go together", path: ["allowance_quantity"] }

export const AdminServiceAgreementLine = z.object(lineFields).strict().refine(windowOk, windowMessage).refine(allowanceOk, allowanceMessage)
export type AdminServiceAgreementLine = z.infer<typeof AdminServiceAgreementLine>

export const AdminAddServiceAgreementLines = z.object({ lines: z.array(AdminServiceAgreementLine).min(1).max(200) }).strict()
export type AdminAddServiceAgreementLines = z.infer<typeof AdminAddServiceAgreementLines>

export const AdminUpdateServiceAgreementLine = updateSchema(lineFields)
  .refine(windowOk, windowMessage)
export type AdminUpdateServiceAgreementLine = z.infer<typeof AdminUpdateServiceAgreementLine>

const headerFields = {
  name: shortText().min(1),
  description: longText().nullish(),
  customer_id: idInput().nullish(),
  valid_from: dateInput(),
  valid_to: dateInput().nullish(),
  agreement_group: shortText().min(1).nullish(),
  sla_id: idInput().nullish(),
  currency_code: z.string().length(3),
  is_template: z.boolean(),
  metadata: metadataInput(),
}

export const AdminCreateServiceAgreement = z
  .object({
    ...headerFields,
    // From a template, name (and group, SLA, currency) may come from the template.
    name: headerFields.name.optional(),
    valid_from: headerFields.valid_from.optional(),
    currency_code: headerFields.currency_code.optional(),
    is_template: headerFields.is_template.optional(),
    template_id: idInput().optional(),
    lines: z.array(AdminServiceAgreementLine).max(200).optional(),
  })
  .strict()
  .refine((v) => !!v.name || !!v.template_id, { message: "name is required (or a template_id to take it from)", path: ["name"] })
  .refine(windowOk, windowMessage)
export type AdminCreateServiceAgreement = z.infer<typeof AdminCreateServiceAgreement>

export const AdminUpdateServiceAgreement = updateSchema(headerFields)
  .refine(windowOk, windowMessage)
export type AdminUpdateServiceAgreement = z.infer<typeof AdminUpdateServiceAgreement>

/** Status actions: optionally the status the caller saw (another status now → 409). */
export const AdminServiceAgreementAction = z.object({ from_status: z.enum(SERVICE_AGREEMENT_STATUSES).optional() }).strict()
export type AdminServiceAgreementAction = z.infer<typeof AdminServiceAgreementAction>

export const AdminGenerateServiceAgreementOrders = z
  .object({ until: dateInput() })
  .strict()
  .refine((v) => v.until.getTime() <= Date.now() + MAX_GENERATION_DAYS_AHEAD * 24 * 60 * 60 * 1000, {
    message: `until may lie at most ${MAX_GENERATION_DAYS_AHEAD} days ahead`,
    path: ["until"],
  })
export type AdminGenerateServiceAgreementOrders = z.infer<typeof AdminGenerateServiceAgreementOrders>

export const AdminGetAgreementOccurrencesParams = z
  .object({
    count: z.coerce.number().int().min(1).max(50).default(5),
    after: dateInput().optional(),
  })
  .strict()
export type AdminGetAgreementOccurrencesParams = z.infer<typeof AdminGetAgreementOccurrencesParams>

/** An RRULE previewed against an agreement before it is saved on a line (the line drawer's live preview). */
export const AdminGetRecurrencePreviewParams = z
  .object({
    recurrence: recurrence(),
    valid_from: dateInput().optional(),
    valid_to: dateInput().optional(),
    count: z.coerce.number().int().min(1).max(50).default(5),
  })
  .strict()
  .refine(windowOk, windowMessage)
export type AdminGetRecurrencePreviewParams = z.infer<typeof AdminGetRecurrencePreviewParams>
