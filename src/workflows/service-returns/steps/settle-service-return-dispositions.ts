import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { BigNumberInput } from "@medusajs/framework/types"
import { ServiceActor } from "../../types"
import { ServiceReturnWithItems } from "./service-return-steps"

/** The order fields settling reads: line values and captured payments. */
type SettlementOrder = {
  id: string
  items: { id: string; unit_price: BigNumberInput; quantity: BigNumberInput; total: BigNumberInput }[]
  payment_collections?: { payments?: { id: string; captured_at: Date | null; amount: BigNumberInput; refunds?: { amount: BigNumberInput }[] }[] }[]
}

export const settleServiceReturnDispositionsStepId = "settle-service-return-dispositions"
/**
 * Settles the credited items through Medusa (replacements are a claim made by
 * createReplacementClaimWorkflow; scrapped items need nothing): refunds their value on the
 * order's captured payment (refundPaymentWorkflow) or, with nothing captured, records the amount
 * as `credit_pending_amount` for someone to settle. Returns the columns to set on the service
 * return. No compensation: a refund, once the payment provider made it, cannot be taken back.
 */
export const settleServiceReturnDispositionsStep = createStep(
  settleServiceReturnDispositionsStepId,
  async (input: { service_return: ServiceReturnWithItems; actor?: ServiceActor }, { container }) => {
    const sr = input.service_return
    const credit = sr.items.filter((i) => i.disposition === "credit")
    const set: Record<string, unknown> = {}
    if (!credit.length) {
      return new StepResponse(set)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id", "items.id", "items.unit_price", "items.quantity", "items.total",
        "payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.amount",
        "payment_collections.payments.refunds.amount",
      ],
      filters: { id: sr.order_id },
    })
    const order = orders[0] as SettlementOrder
    const lineOf = (id: string) => order.items.find((l) => l.id === id)!
    // The items' share of the line total (after discounts and tax), per unit returned.
    let amount = MathBN.convert(0)
    for (const i of credit) {
      const line = lineOf(i.order_line_item_id)
      const total = Number(line.total)
      const unit = Number.isFinite(total) && Number(line.quantity) > 0 ? total / Number(line.quantity) : Number(line.unit_price)
      amount = MathBN.add(amount, MathBN.mult(unit, i.quantity))
    }
    const payments = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])
    const payment = payments.find((p) => {
      const refunded = (p.refunds ?? []).reduce((s, r) => MathBN.add(s, r.amount), MathBN.convert(0))
      return p.captured_at && MathBN.gte(MathBN.sub(p.amount, refunded), amount)
    })
    const value = Number(MathBN.convert(amount).toFixed(2))
    if (payment) {
      await refundPaymentWorkflow(container).run({
        input: { payment_id: payment.id, amount: value, created_by: input.actor?.id ?? undefined, note: `Credit for service return ${sr.number}` },
      })
      set.refund_amount = value
    } else {
      set.credit_pending_amount = value
    }
    return new StepResponse(set)
  }
)
