import { z } from "@medusajs/framework/zod"
import { dateFilter, dateInput, idInput, idOrIds, listParams, longText, metadataInput, oneOrMany } from "../../../../utils/validators"
import { REPAIR_LINE_STATUSES } from "../../../../../types/enums"

/** Filters of the repair lists (of an order, and an object's history). */
export const AdminGetRepairLinesParams = listParams({ limit: 50, sortable: ["created_at", "updated_at", "status"], order: "-created_at" }, {
  status: oneOrMany(REPAIR_LINE_STATUSES),
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
