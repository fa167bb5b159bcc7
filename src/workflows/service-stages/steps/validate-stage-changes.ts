import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { ServiceStageInput } from "./stage-steps"

export type ValidateStageChangesInput = {
  create?: ServiceStageInput[]
  update?: ({ id: string } & Partial<ServiceStageInput>)[]
}

// Flags only one stage may carry: setting one on a stage takes it off the others.
const SINGLE_FLAGS = ["is_initial", "is_cancellation"] as const

export const validateStageChangesStepId = "validate-stage-changes"
/**
 * Checks that next stages name existing stages, and returns, besides the rows to write, the
 * updates that move a single-holder flag (initial, cancellation) away from its old stage.
 */
export const validateStageChangesStep = createStep(
  validateStageChangesStepId,
  async ({ create = [], update = [] }: ValidateStageChangesInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const existing = await service.listServiceStages({}, { select: ["id", "code", "is_initial", "is_cancellation"] })
    for (const u of update) {
      if (!existing.some((s) => s.id === u.id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service stage with id: ${u.id} was not found`)
      }
    }
    const codes = new Set([...existing.map((s) => s.code), ...create.map((s) => s.code)])
    for (const row of [...create, ...update]) {
      const own = "code" in row && row.code ? row.code : existing.find((s) => s.id === (row as { id?: string }).id)?.code
      const unknown = (row.next_stage_codes ?? []).filter((c) => !codes.has(c))
      if (unknown.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `next_stage_codes names unknown stages: ${unknown.join(", ")}`)
      }
      if (own && row.next_stage_codes?.includes(own)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Stage ${own} cannot list itself as a next stage`)
      }
    }
    const updatedIds = new Set(update.map((u) => u.id))
    const flagMoves = SINGLE_FLAGS.flatMap((flag) => {
      const claimed = [...create, ...update].filter((r) => r[flag])
      if (claimed.length > 1) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Only one stage can have ${flag}`)
      }
      if (!claimed.length) {
        return []
      }
      const claimer = (claimed[0] as { id?: string }).id
      return existing
        .filter((s) => s[flag] && s.id !== claimer && !updatedIds.has(s.id))
        .map((s) => ({ id: s.id, [flag]: false }))
    })
    return new StepResponse({ create, update: [...update, ...flagMoves] })
  }
)
