import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { addServiceAgreementLinesWorkflow, createServiceOrderWorkflow, transitionServiceOrderWorkflow } from "../../src/workflows"
import { report, SeedContext, SeedSection } from "./context"

const AGREEMENT_KEY = "agr-rivera-heat-pump-care"
const LINE_KEY = "allowance-breakdown-visits"
const SERIAL = "AH09-24-000187"
// Completed visits drawn on the allowance: one of four used.
const VISITS = [{ key: "so-allowance-breakdown-1", title: "Breakdown: heat pump stops in defrost" }]

/**
 * A visit allowance on the demo care plan (4 breakdown visits a year, €95 beyond), partly used by
 * one completed breakdown order. Idempotent: the line and the orders are found by `metadata.seed_key`.
 */
async function seedAllowances(ctx: SeedContext) {
  const service = ctx.container.resolve(SERVICE_MANAGEMENT_MODULE) as any
  const [agreement] = await service.listServiceAgreements({ metadata: { seed_key: AGREEMENT_KEY } } as any, { relations: ["lines"] })
  if (!agreement) {
    return
  }
  let created = 0
  if (!agreement.lines.some((l: any) => l.metadata?.seed_key === LINE_KEY)) {
    await addServiceAgreementLinesWorkflow(ctx.container).run({
      input: {
        agreement_id: agreement.id,
        lines: [
          {
            type: "fee",
            description: "Breakdown visits included",
            quantity: 1,
            unit_price: 0,
            unit_cost: 0,
            allowance_quantity: 4,
            allowance_unit: "visit",
            allowance_period: "year",
            overage_unit_price: 95,
            metadata: { seed_key: LINE_KEY },
          },
        ],
      },
    })
    created++
  }
  for (const visit of VISITS) {
    const [found] = await service.listServiceOrders({ metadata: { seed_key: visit.key } } as any)
    if (found) {
      continue
    }
    const { result } = await createServiceOrderWorkflow(ctx.container).run({
      input: {
        customer_id: agreement.customer_id,
        agreement_id: agreement.id,
        service_object_id: ctx.objects[SERIAL],
        title: visit.title,
        currency_code: agreement.currency_code,
        metadata: { seed_key: visit.key },
        lines: [{ type: "hour", description: "Defrost sensor replaced", quantity: 1.5, unit_price: 0, unit_cost: 48 }],
        actor: { type: "system" },
      },
    })
    for (const to_stage of ["in_progress", "completed"]) {
      await transitionServiceOrderWorkflow(ctx.container).run({
        input: { service_order_id: result.id, to_stage, actor: { type: "system" } },
      })
    }
    created++
  }
  report(ctx, "agreement allowances", created, 1 + VISITS.length - created)
}

/** The seed section: after `agreementsSection` (it extends the demo care plan). */
export const allowancesSection: SeedSection = {
  name: "agreement allowances",
  demo: true,
  run: seedAllowances,
}
