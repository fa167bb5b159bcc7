import { z } from "@medusajs/framework/zod"
import { validateRecurrence } from "../../../modules/service-management/utils/recurrence"
import { dateFilter, dateInput, idInput, idOrIds, lineText, listParams, metadataInput, oneOrMany, searchInput } from "../../utils/validators"
import { BILLING_FREQUENCIES, BILLING_TIMINGS, SERVICE_SUBSCRIPTION_STATUSES } from "../../../types/enums"

const amount = () => z.number().finite().positive({ message: "amount must be greater than 0" }).max(1e12)
const currencyCode = () => z.string().regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code")

export const AdminGetServiceSubscriptionsParams = listParams({ limit: 20, sortable: ["created_at", "updated_at", "display_id", "number", "status", "start_date", "next_due_at", "amount"], order: "-created_at" }, {
  q: searchInput(),
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

