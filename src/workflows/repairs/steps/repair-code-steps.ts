import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RepairCodeDTO, SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import { REPAIR_CODE_PARENT_KIND } from "../../../modules/service-management/models/repair-code"
import { REPAIR_LINE_CODE_FIELDS } from "../../../modules/service-management/models/repair-line"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { defineEntitySteps } from "../../common/steps/entity-steps"
import { RepairCodeKind } from "../../../types/enums"

export type RepairCodeInput = {
  kind: RepairCodeKind
  code: string
  label: string
  description?: string | null
  parent_id?: string | null
  position?: number
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

const repairCodeIds = { create: "create-repair-codes", update: "update-repair-codes", delete: "delete-repair-codes" } as const
const repairCodeSteps = defineEntitySteps<RepairCodeInput, RepairCodeDTO>("ServiceRepairCodes", repairCodeIds)
export const { create: createRepairCodesStepId, update: updateRepairCodesStepId, delete: deleteRepairCodesStepId } = repairCodeIds
export const { create: createRepairCodesStep, update: updateRepairCodesStep, delete: deleteRepairCodesStep } = repairCodeSteps

export const validateRepairCodesStepId = "validate-repair-codes"
/**
 * Checks the area of each code: symptom and diagnosis codes belong to an area of the matching
 * kind (symptom_area, diagnosis_area); other kinds have none. `id` marks an update, whose kind
 * is read from the stored code.
 */
export const validateRepairCodesStep = createStep(
  validateRepairCodesStepId,
  async (codes: ({ id?: string } & Partial<RepairCodeInput>)[], { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const ids = codes.map((c) => c.id).filter((id): id is string => !!id)
    const stored = ids.length ? await service.listServiceRepairCodes({ id: ids }) : []
    const parentIds = [...new Set(codes.map((c) => c.parent_id).filter((id): id is string => !!id))]
    const parents = parentIds.length ? await service.listServiceRepairCodes({ id: parentIds }) : []
    for (const code of codes) {
      const current = code.id ? stored.find((s) => s.id === code.id) : undefined
      if (code.id && !current) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair code with id: ${code.id} was not found`)
      }
      const kind = (current?.kind ?? code.kind) as RepairCodeKind
      const parentKind = REPAIR_CODE_PARENT_KIND[kind]
      const parentId = code.parent_id !== undefined ? code.parent_id : current?.parent_id
      if (!parentKind) {
        if (parentId) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `A ${kind} code has no area (parent_id)`)
        }
        continue
      }
      if (!parentId) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `A ${kind} code needs its ${parentKind} (parent_id)`)
      }
      if (code.parent_id === undefined) {
        continue
      }
      const parent = parents.find((p) => p.id === parentId)
      if (!parent) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Repair code ${parentId} (parent_id) was not found`)
      }
      if (parent.kind !== parentKind) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The area of a ${kind} code must be a ${parentKind}, not a ${parent.kind} (${parent.code})`
        )
      }
    }
    return new StepResponse(void 0)
  }
)

export const validateRepairCodesDeletableStepId = "validate-repair-codes-deletable"
/** Codes named on repair lines, and areas that still hold codes, stay: deactivate them instead. */
export const validateRepairCodesDeletableStep = createStep(
  validateRepairCodesDeletableStepId,
  async (ids: string[], { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const columns = Object.keys(REPAIR_LINE_CODE_FIELDS)
    const [, used] = await service.listAndCountServiceRepairLines(
      { $or: columns.map((c) => ({ [c]: ids })) },
      { take: 1, select: ["id"] }
    )
    if (used) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The repair code is used on ${used} repair line(s); deactivate it instead of deleting it`
      )
    }
    const [, children] = await service.listAndCountServiceRepairCodes({ parent_id: ids }, { take: 1, select: ["id"] })
    if (children) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The area holds ${children} code(s); delete or move them first, or deactivate the area`
      )
    }
    return new StepResponse(void 0)
  }
)
