import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { boundedPaging, idOrIds, orderParam } from "../../utils/validators"
import { SERVICE_SUBSCRIPTION_STATUSES } from "../../../types/enums"

export const StoreGetServiceSubscriptionsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  ...boundedPaging(20),
  order: orderParam(["created_at", "start_date", "next_due_at"], "-created_at"),
  id: idOrIds(),
  status: z.union([z.enum(SERVICE_SUBSCRIPTION_STATUSES), z.array(z.enum(SERVICE_SUBSCRIPTION_STATUSES))]).optional(),
})
export type StoreGetServiceSubscriptionsParams = z.infer<typeof StoreGetServiceSubscriptionsParams>
