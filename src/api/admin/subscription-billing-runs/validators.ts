import { z } from "@medusajs/framework/zod"
import { BILLING_RUN_STATUSES } from "../../../types/enums"
import { dateInput, listParams, oneOrMany } from "../../utils/validators"

export const AdminGetBillingRunsParams = listParams({ limit: 20, sortable: ["started_at", "as_of"], order: "-started_at" }, {
  status: oneOrMany(BILLING_RUN_STATUSES),
})
export type AdminGetBillingRunsParams = z.infer<typeof AdminGetBillingRunsParams>
export const AdminCreateBillingRun = z.object({ as_of: dateInput().optional() }).strict()
export type AdminCreateBillingRun = z.infer<typeof AdminCreateBillingRun>
