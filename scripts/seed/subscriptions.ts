import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import ServiceManagementModuleService from "../../src/modules/service-management/service"
import {
  changeServiceSubscriptionStatusWorkflow,
  createServiceSubscriptionWorkflow,
  createSubscriptionGroupWorkflow,
  runSubscriptionBillingWorkflow,
} from "../../src/workflows"
import { report, SeedSection } from "./context"

const GROUPS = [
  { code: "CARE", name: "Care plans", description: "Preventive maintenance billed as a flat fee." },
  { code: "SUPPORT", name: "Support contracts", description: "Priority support and remote monitoring." },
]

/** The first day of the month `monthsAgo` months before now (UTC). */
const monthStart = (monthsAgo: number) => {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1))
}

type DemoSubscription = {
  key: string
  email: string
  group: string
  description: string
  amount: number
  currency_code: "eur" | "usd"
  frequency: "monthly" | "quarterly" | "yearly"
  billing_timing: "advance" | "arrears"
  months_ago: number
  /** A status change, `months_ago` before now, applied after the history was billed. */
  change?: { action: "pause" | "cancel"; months_ago: number }
}

const DEMO_SUBSCRIPTIONS: DemoSubscription[] = [
  { key: "sub-keller-care", email: "anna.keller@example.com", group: "CARE", description: "Heat pump care plan", amount: 19, currency_code: "eur", frequency: "monthly", billing_timing: "advance", months_ago: 6 },
  { key: "sub-nordwind-espresso", email: "orders@kaffeehaus-nordwind.example.com", group: "CARE", description: "Espresso machine service plan", amount: 89, currency_code: "eur", frequency: "quarterly", billing_timing: "arrears", months_ago: 9 },
  { key: "sub-chen-support", email: "michael.chen@example.com", group: "SUPPORT", description: "Premium support and remote monitoring", amount: 240, currency_code: "usd", frequency: "yearly", billing_timing: "advance", months_ago: 13 },
  { key: "sub-devries-washer", email: "pieter.devries@example.com", group: "CARE", description: "Washing machine care plan", amount: 12, currency_code: "eur", frequency: "monthly", billing_timing: "advance", months_ago: 5, change: { action: "pause", months_ago: 1 } },
  { key: "sub-dubois-ebike", email: "sophie.dubois@example.com", group: "CARE", description: "E-bike service plan", amount: 15, currency_code: "eur", frequency: "monthly", billing_timing: "arrears", months_ago: 4, change: { action: "cancel", months_ago: 1 } },
]

/**
 * Subscription groups and subscriptions that started months ago, billed up to today by a real
 * billing run (so there are fee transactions, invoices and runs), one paused and one cancelled.
 */
export const subscriptionsSection: SeedSection = {
  name: "subscriptions",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const groups: Record<string, string> = {}
    for (const g of GROUPS) {
      const [existing] = await service.listServiceSubscriptionGroups({ code: g.code })
      groups[g.code] = existing?.id ?? (await createSubscriptionGroupWorkflow(ctx.container).run({ input: g })).result.id
    }
    const existing = await service.listServiceSubscriptions({}, { select: ["id", "metadata"] })
    const created: { id: string; def: DemoSubscription }[] = []
    for (const def of DEMO_SUBSCRIPTIONS) {
      const customerId = ctx.customers[def.email]
      if (!customerId || existing.some((s: any) => s.metadata?.seed_key === def.key)) {
        continue
      }
      const { result } = await createServiceSubscriptionWorkflow(ctx.container).run({
        input: {
          customer_id: customerId,
          group_id: groups[def.group],
          description: def.description,
          amount: def.amount,
          currency_code: def.currency_code,
          frequency: def.frequency,
          billing_timing: def.billing_timing,
          start_date: monthStart(def.months_ago),
          metadata: { seed_key: def.key },
        },
      })
      created.push({ id: result.id, def })
    }
    // Bill the history up to the status changes, then apply them, then bill up to today.
    const due = await service.listServiceSubscriptions({ cursor: { next_due_at: { $lte: new Date() } } }, { select: ["id"], take: 1 })
    if (due.length) {
      for (const { id, def } of created.filter((c) => c.def.change)) {
        await runSubscriptionBillingWorkflow(ctx.container).run({ input: { as_of: monthStart(def.change!.months_ago), triggered_by: "seed" } })
        await changeServiceSubscriptionStatusWorkflow(ctx.container).run({
          input: { id, action: def.change!.action, from: monthStart(def.change!.months_ago) },
        })
      }
      await runSubscriptionBillingWorkflow(ctx.container).run({ input: { as_of: new Date(), triggered_by: "seed" } })
    }
    report(ctx, "subscriptions", created.length, DEMO_SUBSCRIPTIONS.length - created.length, due.length ? " (billed up to today)" : "")
  },
}
