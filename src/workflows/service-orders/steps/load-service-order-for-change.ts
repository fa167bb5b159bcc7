import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertNotPosted } from "../../../modules/service-management/utils/posting"
import { assertStageAllows, assertStageOpen } from "../../../modules/service-management/utils/stage-rules"
import { StageAction } from "../../../types/enums"
import { loadServiceOrder } from "../../common/utils/load-record"

export type LoadServiceOrderForChangeInput = {
  service_order_id: string
  /** The stage rule the change needs, e.g. `edit_lines`. */
  action?: StageAction
  /** Line ids the change touches; each must belong to the order. */
  line_ids?: string[]
}

export const loadServiceOrderForChangeStepId = "load-service-order-for-change"
/** Loads an order with its stage and refuses the change when the stage rules forbid it. */
export const loadServiceOrderForChangeStep = createStep(
  loadServiceOrderForChangeStepId,
  async (input: LoadServiceOrderForChangeInput, { container }) => {
    const order = await loadServiceOrder(container, input.service_order_id, {
      relations: ["stage", "lines"],
      select: ["id", "number", "customer_id", "currency_code", "posted_at", "stage.*", "lines.id"],
    })
    assertNotPosted(order)
    assertStageOpen(order.stage)
    if (input.action) {
      assertStageAllows(order.stage, input.action)
    }
    const lineIds = new Set(order.lines.map((l) => l.id))
    const foreign = (input.line_ids ?? []).filter((id) => !lineIds.has(id))
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Service order line ${foreign.join(", ")} was not found on service order ${order.number}`
      )
    }
    return new StepResponse(order)
  }
)
