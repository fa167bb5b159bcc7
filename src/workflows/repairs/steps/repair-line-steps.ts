import { RepairLineDTO } from "../../../modules/service-management"
import { defineEntitySteps } from "../../common/steps/entity-steps"
import { RepairLineStatus } from "../../../types/enums"

/** What a user gives for a repair line; codes are ids of repair codes of the matching kind. */
export type RepairLineInput = {
  service_object_id?: string | null
  symptom_area_id?: string | null
  symptom_code_id?: string | null
  diagnosis_area_id?: string | null
  diagnosis_code_id?: string | null
  resolution_code_id?: string | null
  condition_code_id?: string | null
  bom_component_id?: string | null
  technician_id?: string | null
  notes?: string | null
  metadata?: Record<string, unknown> | null
}

export type RepairLineUpdateInput = Omit<RepairLineInput, "service_object_id"> & { status?: RepairLineStatus }

export type RepairLineRow = RepairLineInput & {
  service_order_id: string
  service_object_id: string
  bom_version_id: string | null
  product_id: string | null
  created_by?: string | null
}

const repairLineIds = { create: "create-repair-lines", update: "update-repair-lines", delete: "delete-repair-lines" } as const
const repairLineSteps = defineEntitySteps<RepairLineRow, RepairLineDTO, { id: string } & Record<string, unknown>>(
  "ServiceRepairLines",
  repairLineIds
)
export const { create: createRepairLinesStepId, update: updateRepairLinesStepId, delete: deleteRepairLinesStepId } = repairLineIds
export const { create: createRepairLinesStep, update: updateRepairLinesStep, delete: deleteRepairLinesStep } = repairLineSteps
