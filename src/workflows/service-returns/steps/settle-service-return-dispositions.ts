import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { BigNumberInput, CreateOrderAddressDTO } from "@medusajs/framework/types"
import { ServiceActor } from "../../types"
import { ServiceReturnWithItems } from "./service-return-steps"

const ADDRESS_FIELDS = ["first_name", "last_name", "address_1", "address_2", "city", "country_code", "postal_code", "province", "phone", "company"] as const
type Address = { [K in (typeof ADDRESS_FIELDS)[number]]?: string | null }

/** The order fields settling reads: party, addresses, line values and captured payments. */
type SettlementOrder = {
  id: string
  region_id: string
  customer_id: string
  email: string
  sales_channel_id: string
  currency_code: string
  shipping_address: Address | null
  billing_address: Address | null
  items: { id: string; title: string; variant_id: string | null; unit_price: BigNumberInput; quantity: BigNumberInput; total: BigNumberInput }[]
  payment_collections?: { payments?: { id: string; captured_at: Date | null; amount: BigNumberInput; refunds?: { amount: BigNumberInput }[] }[] }[]
}

/** The order's address without its ids, for the replacement order. */
const copyAddress = (a: Address | null): CreateOrderAddressDTO | undefined =>
  a ? (Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, a[f]])) as CreateOrderAddressDTO) : undefined

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
  async (input: { service_return: ServiceReturnWithItems; actor?: ServiceActor }, { container }) => {
    const sr = input.service_return
    const replace = sr.items.filter((i) => i.disposition === "replace")
    const credit = sr.items.filter((i) => i.disposition === "credit")
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
    const order = orders[0] as SettlementOrder
    const lineOf = (id: string) => order.items.find((l) => l.id === id)!
    let replacementOrderId: string | null = null

    if (replace.length) {
      const { result } = await createOrderWorkflow(container).run({
        input: {
          region_id: order.region_id,
          customer_id: order.customer_id,
          email: order.email,
          sales_channel_id: order.sales_channel_id,
          currency_code: order.currency_code,
          shipping_address: copyAddress(order.shipping_address),
          billing_address: copyAddress(order.billing_address),
          items: replace.map((i) => {
            const line = lineOf(i.order_line_item_id)
            return { title: line.title, variant_id: line.variant_id ?? undefined, quantity: Number(i.quantity), unit_price: 0, metadata: { service_return_item_id: i.id } }
          }),
          metadata: { service_return_id: sr.id, replaces_order_id: order.id },
        },
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
    }
    return new StepResponse(set, replacementOrderId)
  },
  async (replacementOrderId, { container }) => {
    if (replacementOrderId) {
      await container.resolve(Modules.ORDER).softDeleteOrders([replacementOrderId])
    }
  }
)
