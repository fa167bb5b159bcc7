import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertNotPosted } from "../../../modules/service-management/utils/posting"
import { assertStageAllows, assertStageOpen } from "../../../modules/service-management/utils/stage-rules"
import { StageAction } from "../../../types/enums"
import { readServiceOrder } from "../../common/utils/load-record"

export type LoadServiceOrderForChangeInput = {
  service_order_id: string
  /** The stage rule the change needs, e.g. `edit_lines`. */
  action?: StageAction
  /** Line ids the change touches; each must belong to the order. */
  line_ids?: string[]
  /** The fields the caller answers with: read with the order, so the changed order needs no second read. */
  answer_fields?: string[]
}

/** What the checks themselves read of the order (and what its lines name, which a line change checks). */
const CHECK_FIELDS = ["id", "number", "customer_id", "currency_code", "posted_at", "stage.*", "lines.id", "lines.service_task_id", "lines.technician_id"]

export const loadServiceOrderForChangeStepId = "load-service-order-for-change"
/**
 * Loads an order with its stage (and `answer_fields`) and refuses the change when the stage
 * rules forbid it or a line named is not the order's.
 */
export const loadServiceOrderForChangeStep = createStep(
  loadServiceOrderForChangeStepId,
  async (input: LoadServiceOrderForChangeInput, { container }) => {
    const order = await readServiceOrder(container, input.service_order_id, [...CHECK_FIELDS, ...(input.answer_fields ?? [])])
    assertNotPosted(order)
    assertStageOpen(order.stage)
    if (input.action) {
      assertStageAllows(order.stage, input.action)
    }
    const lineIds = new Set((order.lines as { id: string }[]).map((l) => l.id))
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
