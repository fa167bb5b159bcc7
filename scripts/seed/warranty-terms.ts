import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import { createWarrantyTermWorkflow } from "../../src/workflows"
import { report, SeedSection } from "./context"

/** Every demo product a two-year warranty from delivery (repair or replace; labour 80 %); kept when one exists. */
export const warrantyTermsSection: SeedSection = {
  name: "warranty terms",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const { data: variants } = await ctx.query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: Object.values(ctx.variants) } })
    const productIds = [...new Set((variants as { product_id: string }[]).map((v) => v.product_id))]
    const existing = await service.listServiceWarrantyTerms({ product_id: productIds }, { select: ["product_id"] })
    const missing = productIds.filter((id) => !existing.some((t) => t.product_id === id))
    for (const product_id of missing) {
      await createWarrantyTermWorkflow(ctx.container).run({
        input: { product_id, duration_months: 24, start_basis: "delivered", parts_coverage_percent: 100, labour_coverage_percent: 80, remedies: ["repair", "replace"] },
      })
    }
    report(ctx, "warranty terms", missing.length, productIds.length - missing.length)
  },
}
