import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE, StageTransitionDTO } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { StageMoveSlaEvent, StageMoveTransition } from "../../../modules/service-management/repositories"

/** A stage history row as a move writes it. */
export type StageTransitionRow = StageMoveTransition & { service_order_id: string; actor_type: "user" | "customer" | "system" }

export type MoveServiceOrderStageInput = {
  id: string
  from_stage_id: string
  to_stage_id: string
  /** The move's timestamps (`stage_changed_at` included) and the SLA fields its events change. */
  set: Record<string, unknown>
  /** What compensation restores: the same fields as they were, so an undone move leaves no trace. */
  previous: Record<string, unknown>
  /** The order's `updated_at`. */
  at: Date
  transition: StageTransitionRow
  /** The SLA events the move records (the stages' SLA actions). */
  sla_events: StageMoveSlaEvent[]
}

export const moveServiceOrderStageStepId = "move-service-order-stage"
/**
 * Moves an order to its new stage if nobody moved it meanwhile, with its history row, its SLA
 * events and the SLA fields they change — one statement. Compensation deletes those rows and
 * moves the order back with its fields as they were.
 */
export const moveServiceOrderStageStep = createStep(
  moveServiceOrderStageStepId,
  async (input: MoveServiceOrderStageInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    // Step inputs may come back serialised (e.g. with the Redis workflow engine): rebuild the date.
    const { transition, sla_event_ids } = await service.moveServiceOrderStage({ ...input, at: new Date(input.at) })
    return new StepResponse(transition as StageTransitionDTO, {
      id: input.id,
      from_stage_id: input.to_stage_id,
      to_stage_id: input.from_stage_id,
      set: input.previous,
      transition_id: transition.id,
      sla_event_ids,
    })
  },
  async (undo, { container }) => {
    if (undo) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).undoServiceOrderStageMove(undo)
    }
  }
)
