import { RepairLineDTO } from "../../../modules/service-management"
import { defineCreateStep, defineSoftDeleteStep, defineUpdateStep } from "../../common/steps/entity-steps"
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

export const createRepairLinesStepId = "create-repair-lines"
/** Creates repair lines; compensation deletes them. */
export const createRepairLinesStep = defineCreateStep<RepairLineRow, RepairLineDTO>(createRepairLinesStepId, "ServiceRepairLines")

export const updateRepairLinesStepId = "update-repair-lines"
/** Updates repair lines; compensation restores the changed fields. */
export const updateRepairLinesStep = defineUpdateStep<{ id: string } & Record<string, unknown>, RepairLineDTO>(
  updateRepairLinesStepId,
  "ServiceRepairLines"
)

export const deleteRepairLinesStepId = "delete-repair-lines"
/** Soft-deletes repair lines; compensation restores them. */
export const deleteRepairLinesStep = defineSoftDeleteStep(deleteRepairLinesStepId, "ServiceRepairLines")
