import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaContainer, ReturnStatus, UpdateReturnDTO } from "@medusajs/framework/types"

type Summary = { id: string; totals: Record<string, unknown> }

/** The order module's generated order-summary methods, which its interface does not declare. */
type OrderSummaries = {
  listOrderSummaries(filters: { id?: string[]; order_id?: string; version?: number }, config: { select: string[] }): Promise<Summary[]>
  updateOrderSummaries(data: Summary[]): Promise<unknown>
}

/** What a receipt starts from: the return's receipt fields and the summary of the order's version. */
type ReceiptStart = { return_id: string; status: ReturnStatus; received_at: Date | null; summaries: Summary[] }

const orderModule = (container: MedusaContainer) => container.resolve(Modules.ORDER)
const summariesOf = (container: MedusaContainer) => orderModule(container) as unknown as OrderSummaries

export const restoreMedusaReturnOnFailureStepId = "restore-medusa-return-on-failure"
/**
 * Reads, before Medusa's return receive runs, what Medusa 2.21's own compensation of that receive
 * does not put back, and puts it back when the receipt fails (this step is undone after Medusa's,
 * steps being undone in reverse): the return's `status` and `received_at` (Medusa's
 * `update-returns` compensation throws — it saves the return together with its loaded order,
 * whose items MikroORM then rejects) and the totals of the order version the receipt started
 * from (confirming the order change rewrites that version's summary; undoing it only drops the
 * new version). Only what differs is written. Writes nothing itself.
 */
export const restoreMedusaReturnOnFailureStep = createStep(
  restoreMedusaReturnOnFailureStepId,
  async (input: { return_id: string }, { container }) => {
    const orders = orderModule(container)
    const ret = await orders.retrieveReturn(input.return_id, { select: ["id", "status", "received_at", "order_id"] })
    const order = await orders.retrieveOrder(ret.order_id, { select: ["id", "version"] })
    const summaries = await summariesOf(container).listOrderSummaries({ order_id: order.id, version: order.version }, { select: ["id", "totals"] })
    const start: ReceiptStart = { return_id: ret.id, status: ret.status, received_at: ret.received_at ? new Date(ret.received_at) : null, summaries }
    return new StepResponse(undefined, start)
  },
  async (start, { container }) => {
    if (!start) {
      return
    }
    const orders = orderModule(container)
    const ret = await orders.retrieveReturn(start.return_id, { select: ["id", "status", "received_at"] })
    const receivedAt = start.received_at ? new Date(start.received_at).getTime() : null
    if (ret.status !== start.status || (ret.received_at ? new Date(ret.received_at).getTime() : null) !== receivedAt) {
      // The list form: updateReturns(selector, data) leaves the return as it is in 2.21.2.
      const data = { status: start.status, received_at: start.received_at } as Partial<UpdateReturnDTO>
      await orders.updateReturns([{ selector: { id: start.return_id }, data }])
    }
    if (!start.summaries.length) {
      return
    }
    const now = await summariesOf(container).listOrderSummaries({ id: start.summaries.map((s) => s.id) }, { select: ["id", "totals"] })
    const changed = start.summaries.filter((s) => JSON.stringify(now.find((n) => n.id === s.id)?.totals) !== JSON.stringify(s.totals))
    if (changed.length) {
      await summariesOf(container).updateOrderSummaries(changed)
    }
  }
)
