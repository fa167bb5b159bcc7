import { Modules } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { approveServiceReturnWorkflow } from "../../src/workflows/service-returns/approve-service-return"
import { changeServiceReturnStatusWorkflow } from "../../src/workflows/service-returns/change-service-return-status"
import { createServiceReturnWorkflow } from "../../src/workflows/service-returns/create-service-return"
import { receiveServiceReturnWorkflow } from "../../src/workflows/service-returns/receive-service-return"
import { report, SeedSection } from "./context"

type Step = "approve" | "receive" | "resolve"
type DemoReturn = { key: string; order: string; sku: string; disposition: "repair_and_return" | "replace" | "credit" | "scrap"; reason: string; steps: Step[] }

/** Returns for repair in several statuses; the received one has its repair service order. */
const DEMO_RETURNS: DemoReturn[] = [
  { key: "rma-keller-heat-pump", order: "order-keller-heat-pump", sku: "AH-HP-12", disposition: "repair_and_return", reason: "Compressor rattles at start-up", steps: [] },
  { key: "rma-dubois-e-bike", order: "order-dubois-e-bike", sku: "VT-EB-L", disposition: "repair_and_return", reason: "Motor cuts out under load", steps: ["approve"] },
  { key: "rma-rivera-washer", order: "order-rivera-household", sku: "CW-WM-8", disposition: "repair_and_return", reason: "Drum bearing noise", steps: ["approve", "receive"] },
  // Replaced through a Medusa claim on the original order (visible there and on the unit's timeline).
  { key: "rma-chen-heat-pump", order: "order-chen-heat-pump", sku: "AH-HP-12", disposition: "replace", reason: "Fan guard cracked in transit", steps: ["approve", "receive"] },
  { key: "rma-devries-washer", order: "order-devries-washer", sku: "CW-WM-10", disposition: "scrap", reason: "Water damage beyond repair", steps: ["approve", "receive", "resolve"] },
]

export const returnsSection: SeedSection = {
  name: "returns",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const existing = await service.listServiceReturns({}, { select: ["id", "metadata"] })
    const missing = DEMO_RETURNS.filter((d) => !existing.some((e: any) => e.metadata?.seed_key === d.key) && ctx.orders[d.order]?.items[d.sku])
    const actor = { type: "system" as const }
    for (const demo of missing) {
      const order = ctx.orders[demo.order]
      const lineId = order.items[demo.sku]
      // Medusa returns only fulfilled units: the demo orders are marked delivered first.
      const { data } = await ctx.query.graph({ entity: "order", fields: ["items.id", "items.detail.fulfilled_quantity"], filters: { id: order.id } })
      const line = (data[0] as any)?.items?.find((i: any) => i.id === lineId)
      if (!Number(line?.detail?.fulfilled_quantity ?? 0)) {
        await ctx.container.resolve(Modules.ORDER).registerFulfillment({ order_id: order.id, items: [{ id: lineId, quantity: 1 }] } as any)
      }
      const { result } = await createServiceReturnWorkflow(ctx.container).run({
        input: {
          order_id: order.id,
          reason: demo.reason,
          items: [{ order_line_item_id: lineId, quantity: 1, disposition: demo.disposition, reason: demo.reason }],
          metadata: { seed_key: demo.key },
          actor,
        },
      })
      for (const step of demo.steps) {
        const input = { id: result.id, actor }
        if (step === "approve") {
          await approveServiceReturnWorkflow(ctx.container).run({ input })
        } else if (step === "receive") {
          await receiveServiceReturnWorkflow(ctx.container).run({ input })
        } else {
          await changeServiceReturnStatusWorkflow(ctx.container).run({ input: { ...input, action: "resolve" } })
        }
      }
    }
    report(ctx, "service returns", missing.length, DEMO_RETURNS.length - missing.length)
  },
}
