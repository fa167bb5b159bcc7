import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { ServiceActor } from "../../types"

export const settleServiceReturnDispositionsStepId = "settle-service-return-dispositions"
/**
 * Settles the items that are not repaired, through Medusa: "replace" gets a replacement order
 * (same variants at price 0, to the order's addresses) from Medusa's createOrderWorkflow;
 * "credit" refunds the items' value on the order's captured payment (refundPaymentWorkflow), or,
 * with nothing captured, records the amount as `credit_pending_amount` for someone to settle;
 * "scrap" needs nothing. Returns the columns to set on the service return. Compensation removes
 * the replacement order; a refund, once the payment provider made it, cannot be taken back.
 */
export const settleServiceReturnDispositionsStep = createStep(
  settleServiceReturnDispositionsStepId,
  async (input: { service_return: any; actor?: ServiceActor }, { container }) => {
    const sr = input.service_return
    const replace = sr.items.filter((i: any) => i.disposition === "replace")
    const credit = sr.items.filter((i: any) => i.disposition === "credit")
    const set: Record<string, unknown> = {}
    if (!replace.length && !credit.length) {
      return new StepResponse(set, null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id", "region_id", "customer_id", "email", "sales_channel_id", "currency_code",
        "shipping_address.*", "billing_address.*",
        "items.id", "items.title", "items.variant_id", "items.unit_price", "items.quantity", "items.total",
        "payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.amount",
        "payment_collections.payments.refunds.amount",
      ],
      filters: { id: sr.order_id },
    })
    const order: any = orders[0]
    const lineOf = (id: string) => order.items.find((l: any) => l.id === id)
    let replacementOrderId: string | null = null

    if (replace.length) {
      const strip = (a: any) => (a ? { first_name: a.first_name, last_name: a.last_name, address_1: a.address_1, address_2: a.address_2, city: a.city, country_code: a.country_code, postal_code: a.postal_code, province: a.province, phone: a.phone, company: a.company } : undefined)
      const { result } = await createOrderWorkflow(container).run({
        input: {
          region_id: order.region_id,
          customer_id: order.customer_id,
          email: order.email,
          sales_channel_id: order.sales_channel_id,
          currency_code: order.currency_code,
          shipping_address: strip(order.shipping_address),
          billing_address: strip(order.billing_address),
          items: replace.map((i: any) => {
            const line = lineOf(i.order_line_item_id)
            return { title: line.title, variant_id: line.variant_id ?? undefined, quantity: Number(i.quantity), unit_price: 0, metadata: { service_return_item_id: i.id } }
          }),
          metadata: { service_return_id: sr.id, replaces_order_id: order.id },
        } as any,
      })
      replacementOrderId = result.id
      set.replacement_order_id = result.id
    }

    if (credit.length) {
      // The items' share of the line total (after discounts and tax), per unit returned.
      let amount = MathBN.convert(0)
      for (const i of credit) {
        const line = lineOf(i.order_line_item_id)
        const total = Number(line.total)
        const unit = Number.isFinite(total) && Number(line.quantity) > 0 ? total / Number(line.quantity) : Number(line.unit_price)
        amount = MathBN.add(amount, MathBN.mult(unit, i.quantity))
      }
      const payments = (order.payment_collections ?? []).flatMap((pc: any) => pc.payments ?? [])
      const payment = payments.find((p: any) => {
        const refunded = (p.refunds ?? []).reduce((s: any, r: any) => MathBN.add(s, r.amount), MathBN.convert(0))
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
    }
    return new StepResponse(set, replacementOrderId)
  },
  async (replacementOrderId, { container }) => {
    if (replacementOrderId) {
      await container.resolve(Modules.ORDER).softDeleteOrders([replacementOrderId])
    }
  }
)
