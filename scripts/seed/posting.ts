import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { postServiceOrderWorkflow } from "../../src/workflows"
import { report, SeedSection } from "./context"

/** Closed demo orders that are posted (a Medusa order exists for them); others stay "ready to invoice". */
const POSTED_SEED_KEYS = ["so-chen-heat-pump-inspection"]

export const postingSection: SeedSection = {
  name: "posting",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const orders = (await service.listServiceOrders({}, { select: ["id", "posted_at", "metadata"] })).filter((o: any) =>
      POSTED_SEED_KEYS.includes(o.metadata?.seed_key)
    )
    let posted = 0
    for (const order of orders.filter((o: any) => !o.posted_at)) {
      await postServiceOrderWorkflow(ctx.container).run({ input: { service_order_id: order.id, actor: { type: "system" } } })
      posted++
    }
    report(ctx, "posted service orders", posted, orders.length - posted)
  },
}
