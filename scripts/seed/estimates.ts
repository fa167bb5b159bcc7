import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { answerServiceEstimateWorkflow, draftServiceEstimateWorkflow, sendServiceEstimateWorkflow } from "../../src/workflows"
import { report, SeedSection } from "./context"

const DAY = 24 * 60 * 60 * 1000

/** Open demo orders that get a repair estimate: one waits for the customer's answer, one was accepted. */
const DEMO_ESTIMATES = [
  { key: "so-rivera-washer-noise", answer: null, validDays: 14 },
  { key: "so-maplegrove-espresso-maintenance", answer: "accept" as const, validDays: 10 },
]

export const estimatesSection: SeedSection = {
  name: "estimates",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const orders = (
      await service.listServiceOrders({}, { select: ["id", "customer_id", "posted_at", "metadata", "stage.is_terminal"], relations: ["stage", "estimates"] })
    ).filter((o: any) => DEMO_ESTIMATES.some((d) => d.key === o.metadata?.seed_key))
    let created = 0
    for (const def of DEMO_ESTIMATES) {
      const order: any = orders.find((o: any) => o.metadata?.seed_key === def.key)
      // Idempotent: an order that has an estimate keeps it; a closed or posted one gets none.
      if (!order || order.estimates.length || order.posted_at || order.stage.is_terminal) {
        continue
      }
      const actor = { type: "system" as const }
      const input = { service_order_id: order.id, actor, valid_until: new Date(Date.now() + def.validDays * DAY) }
      await draftServiceEstimateWorkflow(ctx.container).run({ input })
      await sendServiceEstimateWorkflow(ctx.container).run({ input })
      if (def.answer) {
        await answerServiceEstimateWorkflow(ctx.container).run({
          input: { service_order_id: order.id, customer_id: order.customer_id, answer: def.answer, note: "Please go ahead." },
        })
      }
      created++
    }
    report(ctx, "repair estimates", created, DEMO_ESTIMATES.length - created)
  },
}
