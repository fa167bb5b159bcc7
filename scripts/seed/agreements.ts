import { Modules } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import {
  changeServiceAgreementStatusWorkflow,
  createServiceAgreementWorkflow,
  createServiceLevelAgreementsWorkflow,
  generateAgreementOrders,
  ServiceAgreementLineInput,
} from "../../src/workflows"
import { report, SeedContext, SeedSection } from "./context"

const weekdays = (start: string, end: string) =>
  Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, [{ start, end }]]))
const allWeek = Object.fromEntries(["1", "2", "3", "4", "5", "6", "7"].map((d) => [d, [{ start: "00:00", end: "24:00" }]]))
const holidays = (year: number) => [
  { from: `${year}-12-24`, to: `${year}-12-26`, name: "Christmas" },
  { from: `${year + 1}-01-01`, name: "New Year" },
]

const BUSINESS_GROUP = "Business customers"

/** SLAs: a default for everyone, a faster one for business customers, a contract one for care plans. */
export const DEMO_SLAS = (year: number) => [
  {
    code: "STANDARD",
    name: "Standard service",
    description: "Response within one working day, resolution within five.",
    response_minutes: 8 * 60,
    resolution_minutes: 5 * 8 * 60,
    timezone: "Europe/Berlin",
    working_hours: weekdays("08:00", "17:00"),
    holidays: holidays(year),
    is_default: true,
  },
  {
    code: "BUSINESS",
    name: "Business priority",
    description: "Response within two working hours, resolution within two working days.",
    response_minutes: 120,
    resolution_minutes: 2 * 10 * 60,
    timezone: "Europe/Berlin",
    working_hours: weekdays("07:00", "19:00"),
    holidays: holidays(year),
    group: BUSINESS_GROUP,
  },
  {
    code: "CARE-24-7",
    name: "Care plan 24/7",
    description: "Heating never waits: response within 4 hours, resolution within 24, day and night.",
    response_minutes: 240,
    resolution_minutes: 24 * 60,
    timezone: "Europe/Berlin",
    working_hours: allWeek,
    holidays: [],
  },
]

type DemoAgreement = {
  key: string
  email?: string
  name: string
  description: string
  sla?: string
  currency: "eur" | "usd"
  group?: string
  months_ago: number
  valid_months?: number
  template?: boolean
  activate?: boolean
  lines: (Omit<ServiceAgreementLineInput, "service_task_id" | "service_object_id"> & { task?: string; serial?: string })[]
}

export const DEMO_AGREEMENTS: DemoAgreement[] = [
  {
    key: "agr-template-heat-pump-care",
    name: "Heat pump care plan (template)",
    description: "Quarterly inspection and a yearly maintenance fee; copy it for each customer.",
    sla: "CARE-24-7",
    currency: "eur",
    group: "heat-pumps",
    months_ago: 0,
    template: true,
    lines: [
      { type: "hour", task: "HP-INSPECT", quantity: 1.5, recurrence: "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1" },
      { type: "fee", description: "Care plan fee", quantity: 1, unit_price: 120, unit_cost: 0, recurrence: "FREQ=YEARLY" },
    ],
  },
  {
    key: "agr-rivera-heat-pump-care",
    email: "customer@example.com",
    name: "Heat pump care plan – AeroHeat 9 kW",
    description: "Quarterly inspection of the heat pump, 24/7 breakdown service.",
    sla: "CARE-24-7",
    currency: "eur",
    group: "heat-pumps",
    months_ago: 7,
    valid_months: 36,
    activate: true,
    lines: [
      { type: "hour", task: "HP-INSPECT", serial: "AH09-24-000187", quantity: 1.5, recurrence: "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1" },
      { type: "expense", description: "Travel (flat)", serial: "AH09-24-000187", quantity: 1, unit_price: 35, unit_cost: 22, recurrence: "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1" },
      { type: "fee", description: "Care plan fee", quantity: 1, unit_price: 120, unit_cost: 0, recurrence: "FREQ=YEARLY" },
    ],
  },
  {
    key: "agr-nordwind-espresso",
    email: "orders@kaffeehaus-nordwind.example.com",
    name: "Espresso bar maintenance",
    description: "Monthly maintenance of both counter machines before opening on the first Monday.",
    currency: "eur",
    group: "espresso",
    months_ago: 3,
    valid_months: 12,
    activate: true,
    lines: [
      { type: "hour", task: "ESP-MAINT", serial: "BP-S-24-7781", quantity: 1, recurrence: "FREQ=MONTHLY;BYDAY=1MO" },
      { type: "hour", task: "ESP-MAINT", serial: "BP-B-24-7790", quantity: 1, recurrence: "FREQ=MONTHLY;BYDAY=1MO" },
    ],
  },
  {
    key: "agr-keller-heat-pump-draft",
    email: "anna.keller@example.com",
    name: "Heat pump care plan – AeroHeat 12 kW",
    description: "Offered with the installation; waiting for the customer's signature.",
    sla: "CARE-24-7",
    currency: "eur",
    group: "heat-pumps",
    months_ago: -1,
    valid_months: 36,
    lines: [{ type: "hour", task: "HP-INSPECT", serial: "AH12-24-000342", quantity: 1.5, recurrence: "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15" }],
  },
]

const firstOfMonth = (monthsAgo: number) => {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1))
}

async function seedSlas(ctx: SeedContext) {
  const service = ctx.container.resolve(SERVICE_MANAGEMENT_MODULE) as any
  const customers = ctx.container.resolve(Modules.CUSTOMER)
  let [group] = await customers.listCustomerGroups({ name: BUSINESS_GROUP })
  if (!group) {
    group = await customers.createCustomerGroups({ name: BUSINESS_GROUP })
  }
  for (const email of ["orders@kaffeehaus-nordwind.example.com", "facilities@maplegrove-dental.example.com"]) {
    const customerId = ctx.customers[email]
    const [member] = customerId ? await customers.listCustomers({ id: customerId, groups: { id: group.id } } as any) : [undefined]
    if (customerId && !member) {
      await customers.addCustomerToGroup({ customer_id: customerId, customer_group_id: group.id })
    }
  }
  const wanted = DEMO_SLAS(new Date().getUTCFullYear())
  const existing = await service.listServiceLevelAgreements({ code: wanted.map((s) => s.code) })
  const missing = wanted.filter((s) => !existing.some((e: any) => e.code === s.code))
  if (missing.length) {
    await createServiceLevelAgreementsWorkflow(ctx.container).run({
      input: {
        service_level_agreements: missing.map(({ group: groupName, ...sla }) => ({
          ...sla,
          customer_group_ids: groupName ? [group.id] : [],
        })),
      },
    })
  }
  report(ctx, "SLAs", missing.length, wanted.length - missing.length)
  return Object.fromEntries(
    (await service.listServiceLevelAgreements({ code: wanted.map((s) => s.code) })).map((s: any) => [s.code, s.id])
  ) as Record<string, string>
}

/**
 * Demo SLAs (a default, one for the "Business customers" group, a 24/7 contract SLA) and service
 * agreements (a template, two active agreements with orders generated up to today, a draft).
 * Idempotent: SLAs are found by code, agreements by `metadata.seed_key`; generation only adds
 * occurrences that have no order yet. Needs the customers, tasks and objects sections first.
 */
export async function seedAgreements(ctx: SeedContext) {
  const service = ctx.container.resolve(SERVICE_MANAGEMENT_MODULE) as any
  const slas = await seedSlas(ctx)
  let created = 0
  for (const def of DEMO_AGREEMENTS) {
    const [found] = await service.listServiceAgreements({ metadata: { seed_key: def.key } } as any)
    if (found) {
      continue
    }
    const start = firstOfMonth(def.months_ago)
    const { result } = await createServiceAgreementWorkflow(ctx.container).run({
      input: {
        customer_id: def.email ? ctx.customers[def.email] : null,
        name: def.name,
        description: def.description,
        valid_from: start,
        valid_to: def.valid_months ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + def.valid_months, 1)) : null,
        agreement_group: def.group ?? null,
        sla_id: def.sla ? slas[def.sla] : null,
        currency_code: def.currency,
        is_template: !!def.template,
        metadata: { seed_key: def.key },
        actor: { type: "system" },
        lines: def.lines.map(({ task, serial, ...l }) => ({
          ...l,
          service_task_id: task ? ctx.tasks[task] : null,
          service_object_id: serial ? ctx.objects[serial] : null,
        })),
      },
    })
    if (def.activate) {
      await changeServiceAgreementStatusWorkflow(ctx.container).run({
        input: { id: result.id, action: "activate", actor: { type: "system" } },
      })
    }
    created++
  }
  const { count } = await generateAgreementOrders(ctx.container, { until: new Date(), actor: { type: "system" } })
  report(ctx, "service agreements", created, DEMO_AGREEMENTS.length - created, `, ${count} order(s) generated`)
}

/** The seed section: add `agreementsSection` after `serviceOrdersSection` in `scripts/seed/index.ts`. */
export const agreementsSection: SeedSection = {
  name: "service agreements",
  demo: true,
  run: seedAgreements,
}
