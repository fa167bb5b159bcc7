import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { validateRecurrence } from "../../../modules/service-management/utils/recurrence"
import { adminFindParams, dateFilter, dateInput, idInput, idOrIds, lineText, longText, metadataInput, orderParam, searchInput, shortText } from "../../utils/validators"
import { BILLING_FREQUENCIES, BILLING_RUN_STATUSES, BILLING_TIMINGS, FEE_TRANSACTION_STATUSES, SERVICE_SUBSCRIPTION_STATUSES } from "../../../types/enums"

const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), z.array(z.enum(values))]).optional()
const amount = () => z.number().finite().positive({ message: "amount must be greater than 0" }).max(1e12)
const currencyCode = () => z.string().regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code")

// ---- Subscription groups ----
export const AdminGetSubscriptionGroupParams = createSelectParams()
export const AdminGetSubscriptionGroupsParams = adminFindParams({ limit: 50, offset: 0 }).extend({
  order: orderParam(["created_at", "code", "name"], "code"),
  q: searchInput(),
  id: idOrIds(),
  code: idOrIds(),
})
export type AdminGetSubscriptionGroupsParams = z.infer<typeof AdminGetSubscriptionGroupsParams>
export const AdminCreateSubscriptionGroup = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$/, "code: letters, digits, - and _, at most 50"),
    name: shortText().min(1),
    description: longText().nullish(),
    metadata: metadataInput(),
  })
  .strict()
export type AdminCreateSubscriptionGroup = z.infer<typeof AdminCreateSubscriptionGroup>
export const AdminUpdateSubscriptionGroup = AdminCreateSubscriptionGroup.partial().strict()
export type AdminUpdateSubscriptionGroup = z.infer<typeof AdminUpdateSubscriptionGroup>

// ---- Subscriptions ----
export const AdminGetServiceSubscriptionParams = createSelectParams()
export const AdminGetServiceSubscriptionsParams = adminFindParams({ limit: 20, offset: 0 }).extend({
  order: orderParam(["created_at", "updated_at", "display_id", "number", "status", "start_date", "next_due_at", "amount"], "-created_at"),
  q: searchInput(),
  id: idOrIds(),
  customer_id: idOrIds(),
  group_id: idOrIds(),
  agreement_id: idOrIds(),
  currency_code: idOrIds(),
  status: oneOrMany(SERVICE_SUBSCRIPTION_STATUSES),
  frequency: oneOrMany(BILLING_FREQUENCIES),
  billing_timing: oneOrMany(BILLING_TIMINGS),
  next_due_at: dateFilter(),
  created_at: dateFilter(),
})
export type AdminGetServiceSubscriptionsParams = z.infer<typeof AdminGetServiceSubscriptionsParams>

// What can also change after creation.
const changeable = {
  end_date: dateInput().nullish(),
  group_id: idInput().nullish(),
  agreement_id: idInput().nullish(),
  product_variant_id: idInput().nullish(),
  metadata: metadataInput(),
}

export const AdminCreateServiceSubscription = z
  .object({
    customer_id: idInput(),
    description: lineText().min(1),
    amount: amount(),
    currency_code: currencyCode(),
    frequency: z.enum(BILLING_FREQUENCIES),
    rrule: z.string().max(500).nullish(),
    billing_timing: z.enum(BILLING_TIMINGS).optional(),
    start_date: dateInput(),
    ...changeable,
  })
  .strict()
  .refine((v) => !v.end_date || v.end_date >= v.start_date, { message: "end_date must not be before start_date", path: ["end_date"] })
  .refine((v) => v.frequency !== "rrule" || !!v.rrule, { message: 'frequency "rrule" needs an rrule', path: ["rrule"] })
  .superRefine((v, ctx) => {
    if (v.frequency === "rrule" && v.rrule) {
      for (const problem of validateRecurrence(v.rrule)) {
        ctx.addIssue({ code: "custom", message: problem, path: ["rrule"] })
      }
    }
  })
export type AdminCreateServiceSubscription = z.infer<typeof AdminCreateServiceSubscription>

export const AdminUpdateServiceSubscription = z
  .object({
    description: lineText().min(1).optional(),
    amount: amount().optional(),
    ...changeable,
  })
  .strict()
export type AdminUpdateServiceSubscription = z.infer<typeof AdminUpdateServiceSubscription>

/** Pause, resume or cancel from a day (default today); optionally only from the status the caller saw (else 409). */
export const AdminServiceSubscriptionAction = z
  .object({ from: dateInput().optional(), from_status: z.enum(SERVICE_SUBSCRIPTION_STATUSES).optional() })
  .strict()
export type AdminServiceSubscriptionAction = z.infer<typeof AdminServiceSubscriptionAction>

// ---- Fee transactions ----
export const AdminGetFeeTransactionsParams = adminFindParams({ limit: 50, offset: 0 }).extend({
  order: orderParam(["period_start", "due_at", "created_at", "amount", "status"], "-period_start"),
  id: idOrIds(),
  subscription_id: idOrIds(),
  customer_id: idOrIds(),
  currency_code: idOrIds(),
  billing_run_id: idOrIds(),
  order_id: idOrIds(),
  status: oneOrMany(FEE_TRANSACTION_STATUSES),
  period_start: dateFilter(),
  due_at: dateFilter(),
})
export type AdminGetFeeTransactionsParams = z.infer<typeof AdminGetFeeTransactionsParams>

// ---- Billing runs ----
export const AdminGetBillingRunParams = createSelectParams()
export const AdminGetBillingRunsParams = adminFindParams({ limit: 20, offset: 0 }).extend({
  order: orderParam(["started_at", "as_of"], "-started_at"),
  id: idOrIds(),
  status: oneOrMany(BILLING_RUN_STATUSES),
})
export type AdminGetBillingRunsParams = z.infer<typeof AdminGetBillingRunsParams>
export const AdminCreateBillingRun = z.object({ as_of: dateInput().optional() }).strict()
export type AdminCreateBillingRun = z.infer<typeof AdminCreateBillingRun>
