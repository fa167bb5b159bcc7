import { createServiceOrderWorkflow, ServiceOrderLineInput, transitionServiceOrderWorkflow } from "../../src/workflows"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { daysFromNow, report, SeedSection } from "./context"

/** A line as the workflow takes it, naming its task by code. */
type Line = Omit<ServiceOrderLineInput, "service_task_id"> & { task?: string }
type Move = { to: string; reason_code?: string; note?: string }
type DemoServiceOrder = {
  key: string
  email: string
  serial: string
  currency: "eur" | "usd"
  title: string
  description: string
  priority: "low" | "normal" | "high" | "urgent"
  channel?: "admin" | "storefront"
  preferred_in_days?: number
  lines: Line[]
  /** Stage moves after creation (the order starts in "requested"). */
  path: Move[]
}

const travel = (km: number): Line => ({ type: "expense", description: `Travel (${km} km)`, quantity: km, unit_price: 0.6, unit_cost: 0.42 })

/** At least one order ends in every default stage; their history comes from real stage moves. */
export const DEMO_SERVICE_ORDERS: DemoServiceOrder[] = [
  {
    key: "so-rivera-washer-noise",
    email: "customer@example.com",
    serial: "CW8-24-118204",
    currency: "eur",
    title: "Loud rumbling during spin cycle",
    description: "Customer reports a loud rumbling noise above 1,000 rpm since last week. Possibly drum bearing or transport bolts left in.",
    priority: "normal",
    channel: "storefront",
    preferred_in_days: 4,
    lines: [{ type: "fee", description: "Call-out fee", quantity: 1, unit_price: 49, unit_cost: 0 }],
    path: [],
  },
  {
    key: "so-maplegrove-espresso-maintenance",
    email: "facilities@maplegrove-dental.example.com",
    serial: "BP-B-24-7802",
    currency: "usd",
    title: "Quarterly espresso machine maintenance",
    description: "Descale and replace gaskets before the clinic's open day.",
    priority: "low",
    preferred_in_days: 10,
    lines: [
      { type: "hour", task: "ESP-MAINT", quantity: 2 },
      { type: "item", description: "Gasket and shower screen kit", quantity: 2, unit_price: 38, unit_cost: 17 },
    ],
    path: [],
  },
  {
    key: "so-rivera-heat-pump-installation",
    email: "customer@example.com",
    serial: "AH09-24-000187",
    currency: "eur",
    title: "Install and commission AeroHeat 9 kW",
    description: "Replace the old gas boiler. Outdoor unit on the concrete pad at the back of the house; 200 l hot-water cylinder in the basement.",
    priority: "high",
    preferred_in_days: 7,
    lines: [
      { type: "hour", task: "HP-INSTALL", quantity: 16, description: "Installation (2 technicians × 8 h)" },
      { type: "item", description: "Installation kit: flexible hoses, anti-vibration feet, wall bracket", quantity: 1, unit_price: 420, unit_cost: 265 },
      { type: "item", description: "Buffer tank 50 l", quantity: 1, unit_price: 390, unit_cost: 240 },
      { type: "fee", description: "Commissioning and F-gas registration", quantity: 1, unit_price: 150, unit_cost: 0 },
      travel(38),
    ],
    path: [{ to: "scheduled", note: "Two technicians booked for a full day" }],
  },
  {
    key: "so-chen-old-ebike-brakes",
    email: "michael.chen@example.com",
    serial: "VT-M-21-31877",
    currency: "usd",
    title: "Brakes squeal and battery drains fast",
    description: "Out of warranty. Brake service and a battery health check requested.",
    priority: "normal",
    lines: [
      { type: "hour", task: "EBIKE-SERVICE", quantity: 1.25 },
      { type: "item", description: "Hydraulic disc brake pads (pair)", quantity: 2, unit_price: 29, unit_cost: 12 },
    ],
    path: [
      { to: "scheduled" },
      { to: "requested", note: "Customer was not at home; call to re-plan" },
      { to: "scheduled", note: "Re-planned by phone" },
    ],
  },
  {
    key: "so-nordwind-espresso-leak",
    email: "orders@kaffeehaus-nordwind.example.com",
    serial: "BP-S-24-7781",
    currency: "eur",
    title: "Group head 2 leaks, brew pressure drops",
    description: "Water leaks around group head 2 while brewing; pressure gauge falls to 6 bar. Café is open — urgent.",
    priority: "urgent",
    lines: [
      { type: "hour", task: "REPAIR", quantity: 1.5, billable: false, description: "Diagnosis and repair (warranty)" },
      { type: "item", description: "Group head gasket + shower screen (warranty)", quantity: 1, unit_price: 24, unit_cost: 11, billable: false },
      { type: "fee", description: "Same-day express call-out", quantity: 1, unit_price: 79, unit_cost: 0 },
      travel(12),
    ],
    path: [{ to: "scheduled", note: "Same-day slot" }, { to: "in_progress" }],
  },
  {
    key: "so-keller-heat-pump-inspection",
    email: "anna.keller@example.com",
    serial: "AH12-24-000342",
    currency: "eur",
    title: "First annual inspection",
    description: "Annual inspection required to keep the 5-year manufacturer warranty.",
    priority: "normal",
    lines: [
      { type: "hour", task: "HP-INSPECT", quantity: 1.5 },
      { type: "item", description: "Water filter cartridge", quantity: 1, unit_price: 35, unit_cost: 14 },
      travel(24),
    ],
    path: [{ to: "scheduled" }, { to: "in_progress" }, { to: "completed", note: "No leaks; fault log empty" }],
  },
  {
    key: "so-devries-old-washer-drain",
    email: "pieter.devries@example.com",
    serial: "CW8-19-004411",
    currency: "eur",
    title: "Does not drain, error E21",
    description: "Machine stops with E21 and water left in the drum. Out of warranty; customer accepted the estimate.",
    priority: "high",
    lines: [
      { type: "hour", task: "REPAIR", quantity: 1 },
      { type: "item", description: "Drain pump", quantity: 1, unit_price: 79, unit_cost: 36 },
      { type: "fee", description: "Call-out fee", quantity: 1, unit_price: 49, unit_cost: 0 },
      travel(9),
    ],
    path: [{ to: "scheduled" }, { to: "in_progress" }, { to: "completed" }, { to: "closed", note: "Reviewed, ready to invoice" }],
  },
  {
    key: "so-chen-heat-pump-inspection",
    email: "michael.chen@example.com",
    serial: "AH12-24-000419",
    currency: "usd",
    title: "Pre-winter inspection",
    description: "Technician was nearby and did the inspection straight away.",
    priority: "low",
    lines: [
      { type: "hour", task: "HP-INSPECT", quantity: 1.25, unit_price: 110, unit_cost: 55 },
      { type: "item", description: "Condensate drain heater cable", quantity: 1, unit_price: 64, unit_cost: 28 },
    ],
    path: [{ to: "in_progress", note: "Started without scheduling" }, { to: "completed" }, { to: "closed" }],
  },
  {
    key: "so-dubois-ebike-rattle",
    email: "sophie.dubois@example.com",
    serial: "VT-L-24-60231",
    currency: "eur",
    title: "Motor rattles on climbs",
    description: "Rattling from the motor area when pedalling hard uphill.",
    priority: "normal",
    channel: "storefront",
    lines: [{ type: "hour", task: "EBIKE-SERVICE", quantity: 1 }],
    path: [
      { to: "scheduled" },
      { to: "cancelled", reason_code: "customer_request", note: "Customer found a loose chain guard and fixed it herself" },
    ],
  },
]

/** Service orders in every default stage, with lines (hours, items, expenses, fees) and margins. */
export const serviceOrdersSection: SeedSection = {
  name: "service orders",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve(SERVICE_MANAGEMENT_MODULE) as any
    // Normally done by the module on application start; harmless when the stages exist.
    await service.ensureDefaultStages()

    const customerIds = [...new Set(DEMO_SERVICE_ORDERS.map((o) => ctx.customers[o.email]))]
    const existing = await service.listServiceOrders({ customer_id: customerIds }, { select: ["id", "metadata"] })
    let created = 0
    let moved = 0
    for (const def of DEMO_SERVICE_ORDERS) {
      let order = existing.find((o: any) => o.metadata?.seed_key === def.key)
      if (!order) {
        const { result } = await createServiceOrderWorkflow(ctx.container).run({
          input: {
            customer_id: ctx.customers[def.email],
            service_object_id: ctx.objects[def.serial],
            title: def.title,
            description: def.description,
            priority: def.priority,
            channel: def.channel ?? "admin",
            currency_code: def.currency,
            preferred_start: def.preferred_in_days !== undefined ? daysFromNow(def.preferred_in_days) : null,
            metadata: { seed_key: def.key },
            lines: def.lines.map(({ task, ...line }) => ({
              ...line,
              service_task_id: task ? ctx.tasks[task] : undefined,
            })),
            actor: { type: "system" },
          },
        })
        order = result
        created++
      }
      // Moves already made (a run that stopped half-way continues where it was).
      const transitions = await service.listStageTransitions({ service_order_id: order.id }, { select: ["id"] })
      for (const move of def.path.slice(Math.max(transitions.length - 1, 0))) {
        await transitionServiceOrderWorkflow(ctx.container).run({
          input: {
            service_order_id: order.id,
            to_stage: move.to,
            reason_code: move.reason_code,
            note: move.note,
            actor: { type: "system" },
          },
        })
        moved++
      }
    }
    report(ctx, "service orders", created, DEMO_SERVICE_ORDERS.length - created, moved ? ` (${moved} stage moves)` : "")
  },
}
