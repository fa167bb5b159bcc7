import { z } from "@medusajs/framework/zod"
import { FEE_TRANSACTION_STATUSES } from "../../../types/enums"
import { dateFilter, idOrIds, listParams, oneOrMany } from "../../utils/validators"

export const AdminGetFeeTransactionsParams = listParams({ limit: 50, sortable: ["period_start", "due_at", "created_at", "amount", "status"], order: "-period_start" }, {
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
