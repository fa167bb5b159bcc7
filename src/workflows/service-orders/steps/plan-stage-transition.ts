import { MedusaError } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertPrecondition, stageState, stateConflict } from "../../../modules/service-management/utils/conflicts"
import { assertNotPosted } from "../../../modules/service-management/utils/posting"
import { assertStageAllows, assertTransitionAllowed } from "../../../modules/service-management/utils/stage-rules"
import { ServiceActor } from "../../types"
import { MoveServiceOrderStageInput } from "./move-service-order-stage"
import { StageAction } from "../../../types/enums"
import { notFound, readServiceOrder } from "../../common/utils/load-record"
import { planSlaLog, SLA_READ_FIELDS, SlaOrderRead } from "../../slas/steps/record-sla-events"

export type PlanStageTransitionInput = {
  service_order_id: string
  /**
   * The stage the caller saw (optimistic concurrency): if the order is in another stage now, the
   * move is refused with a 409 naming it.
   */
  from_stage_code?: string
  /**
   * When the request arrived: if the order changed stage since, the move is refused with a 409
   * naming the stage now — "the stage it was in when the request arrived" is the implied
   * precondition, without a read that could itself come late. Without either precondition the
   * move is planned from the stage read here (the write is still a compare-and-set).
   */
  unchanged_since?: Date | string
  /** Code of the target stage; omitted with `to_cancellation`. */
  to_stage?: string
  /** Move to the stage marked as the cancellation stage. */
  to_cancellation?: boolean
  reason_code?: string | null
  note?: string | null
  actor: ServiceActor
  /** An extra rule the current stage must allow, e.g. `customer_cancel`. */
  require_action?: StageAction
  /** The fields the caller answers with: read with the order, so the moved order needs no second read. */
  answer_fields?: string[]
}

/** What the plan itself reads of the order. */
const PLAN_FIELDS = ["customer_id", "closed_at", "canceled_at", "posted_at", "stage_changed_at", "stage.*", ...SLA_READ_FIELDS]

type Stage = Awaited<ReturnType<ServiceManagementModuleService["listServiceStages"]>>[number]
type PlannedOrder = Awaited<ReturnType<typeof readServiceOrder>>

/**
 * The order (with the plan's fields and `answer_fields`) and the stage it is to move to, with its
 * reasons: one statement (`readServiceOrderMove`); for a field that read does not know, the order
 * through Query and the stage on its own. 404 when the order is not there; `to` null when the
 * stage is not.
 */
async function readOrderAndTarget(container: MedusaContainer, input: PlanStageTransitionInput): Promise<{ order: PlannedOrder; to: Stage | null }> {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const fields = [...new Set([...PLAN_FIELDS, ...(input.answer_fields ?? [])])]
  const target = input.to_cancellation ? { cancellation: true as const } : { code: input.to_stage ?? "" }
  const read = await service.readServiceOrderMove(input.service_order_id, fields, target)
  if (read) {
    if (!read.order) {
      throw notFound("Service order", input.service_order_id)
    }
    return { order: read.order as PlannedOrder, to: read.to as Stage | null }
  }
  const order = await readServiceOrder(container, input.service_order_id, fields)
  const [to] = await service.listServiceStages(
    input.to_cancellation ? { is_cancellation: true, is_active: true } : { code: input.to_stage },
    { relations: ["reasons"], take: 1 }
  )
  return { order, to: to ?? null }
}

export const planStageTransitionStepId = "plan-stage-transition"
/**
 * Checks the caller's precondition (409 naming the current stage) and the stage rules for a
 * requested move, and returns what to write — the move, its history row, the SLA events the
 * stages' SLA actions record and the SLA fields they change — or refuses it naming the rule.
 * Runs inside the order's lock, so a move queued behind another sees the stage that one left;
 * reads the order with `answer_fields`, which the moved order is answered from.
 */
export const planStageTransitionStep = createStep(
  planStageTransitionStepId,
  async (input: PlanStageTransitionInput, { container }) => {
    const { order, to } = await readOrderAndTarget(container, input)
    const subject = `Service order ${order.number}`
    assertPrecondition({ subject, current: order.stage.code, expected: input.from_stage_code, describe: () => stageState(order.stage) })
    if (input.unchanged_since && order.stage_changed_at && new Date(order.stage_changed_at) >= new Date(input.unchanged_since)) {
      throw stateConflict(subject, stageState(order.stage))
    }
    assertNotPosted(order)
    if (!to) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        input.to_cancellation ? "No active cancellation stage is configured" : `Service stage ${input.to_stage} does not exist`
      )
    }
    if (input.require_action) {
      assertStageAllows(order.stage, input.require_action)
    }
    const reasonCodes = to.reasons.filter((r) => r.is_active).map((r) => r.code)
    assertTransitionAllowed(order.stage, to, input.reason_code, reasonCodes)

    // The stages' SLA actions: e.g. entering "scheduled" records the response.
    const sla =
      order.sla_id && (order.stage.sla_action || to.sla_action)
        ? await planSlaLog(container, {
            service_order_id: order.id,
            stage: { from_action: order.stage.sla_action, to_action: to.sla_action, reason_code: input.reason_code ?? to.code },
            actor: input.actor,
          }, order as unknown as SlaOrderRead)
        : null
    const now = new Date()
    const move: MoveServiceOrderStageInput = {
      id: order.id,
      from_stage_id: order.stage.id,
      to_stage_id: to.id,
      set: {
        closed_at: to.is_terminal && !to.is_cancellation ? now : null,
        canceled_at: to.is_cancellation ? now : null,
        stage_changed_at: now,
        // The order's id among them is not a column a move sets.
        ...sla?.update,
      },
      previous: {
        closed_at: order.closed_at ?? null,
        canceled_at: order.canceled_at ?? null,
        stage_changed_at: order.stage_changed_at ?? null,
        ...sla?.previous,
      },
      at: now,
      transition: {
        service_order_id: order.id,
        from_stage_id: order.stage.id,
        from_stage_code: order.stage.code,
        to_stage_id: to.id,
        to_stage_code: to.code,
        reason_code: input.reason_code ?? null,
        note: input.note ?? null,
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
      },
      sla_events: sla?.rows ?? [],
    }
    return new StepResponse({ order, from: order.stage, to, move })
  }
)
