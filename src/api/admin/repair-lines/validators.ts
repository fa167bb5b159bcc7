import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { adminFindParams, dateFilter, dateInput, idInput, idOrIds, longText, metadataInput, noteText, orderParam } from "../../utils/validators"
import { REPAIR_LINE_STATUSES } from "../../../types/enums"

const statusOrStatuses = z.union([z.enum(REPAIR_LINE_STATUSES), z.array(z.enum(REPAIR_LINE_STATUSES))]).optional()

export const AdminGetRepairLineParams = createSelectParams()
export type AdminGetRepairLineParams = z.infer<typeof AdminGetRepairLineParams>

/** Filters of the repair lists (of an order, and an object's history). */
export const AdminGetRepairLinesParams = adminFindParams({ limit: 50, offset: 0 }).extend({
  order: orderParam(["created_at", "updated_at", "status"] as const, "-created_at"),
  id: idOrIds(),
  status: statusOrStatuses,
  service_object_id: idOrIds(),
  service_order_id: idOrIds(),
  symptom_code_id: idOrIds(),
  diagnosis_code_id: idOrIds(),
  bom_component_id: idOrIds(),
  technician_id: idOrIds(),
  created_at: dateFilter(),
})
export type AdminGetRepairLinesParams = z.infer<typeof AdminGetRepairLinesParams>

const fields = {
  symptom_area_id: idInput().nullish(),
  symptom_code_id: idInput().nullish(),
  diagnosis_area_id: idInput().nullish(),
  diagnosis_code_id: idInput().nullish(),
  resolution_code_id: idInput().nullish(),
  condition_code_id: idInput().nullish(),
  bom_component_id: idInput().nullish(),
  technician_id: idInput().nullish(),
  notes: longText().nullish(),
  metadata: metadataInput(),
}

export const AdminCreateRepairLine = z
  .object({
    /** Defaults to the order's service object. */
    service_object_id: idInput().optional(),
    ...fields,
  })
  .strict()
export type AdminCreateRepairLine = z.infer<typeof AdminCreateRepairLine>

export const AdminUpdateRepairLine = z
  .object({ ...fields, status: z.enum(REPAIR_LINE_STATUSES) })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "Give at least one field to change" })
export type AdminUpdateRepairLine = z.infer<typeof AdminUpdateRepairLine>

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

export const AdminMoveServiceObjectBomVersion = z
  .object({ bom_version_id: idInput(), note: noteText().nullish() })
  .strict()
export type AdminMoveServiceObjectBomVersion = z.infer<typeof AdminMoveServiceObjectBomVersion>
