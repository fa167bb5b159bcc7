import { z } from "@medusajs/framework/zod"
import { dateInput, idOrIds } from "../../utils/validators"

export const AdminGetRepairStatisticsParams = z
  .object({
    product_id: idOrIds(),
    bom_version_id: idOrIds(),
    bom_component_id: idOrIds(),
    service_object_id: idOrIds(),
    /** Repairs recorded from (inclusive) … to (exclusive). */
    from: dateInput().optional(),
    to: dateInput().optional(),
  })
  .strict()
export type AdminGetRepairStatisticsParams = z.infer<typeof AdminGetRepairStatisticsParams>
