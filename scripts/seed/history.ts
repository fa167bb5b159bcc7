import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { slaActualMinutes } from "../../src/migration-scripts/sla-actual-minutes"
import { createServiceOrderWorkflow, postServiceOrderWorkflow, transitionServiceOrderWorkflow } from "../../src/workflows"
import { report, SeedContext, SeedSection } from "./context"

/** The objects with a past worth servicing (bought years ago), their owners and currencies. */
const HISTORY_OBJECTS = [
  { email: "pieter.devries@example.com", serial: "CW8-19-004411", currency: "eur", what: "washing machine" },
  { email: "orders@kaffeehaus-nordwind.example.com", serial: "BP-S-20-1093", currency: "eur", what: "espresso machine" },
  { email: "michael.chen@example.com", serial: "VT-M-21-31877", currency: "usd", what: "e-bike" },
] as const

// Orders per month, oldest first: a business that grows over the year, with a summer dip.
const PER_MONTH = [2, 2, 3, 3, 2, 1, 2, 3, 4, 3, 4, 4]
// Hours after the order was opened at which it entered scheduled, in_progress, completed, closed.
const PACES = [
  [2, 20, 23, 30],
  [1, 4, 6, 26],
  [5, 50, 54, 80],
  [3, 26, 27, 50],
]
const PATH = ["scheduled", "in_progress", "completed", "closed"]

type HistoryOrder = { key: string; monthsAgo: number; day: number; object: (typeof HISTORY_OBJECTS)[number]; pace: number[]; post: boolean }

/** The history's orders, the same list on every run: keys never change, so a second run finds them all. */
function historyOrders(): HistoryOrder[] {
  let n = 0
  return PER_MONTH.flatMap((count, i) =>
    Array.from({ length: count }, (_, slot) => {
      n++
      return {
        key: `history-${n}`,
        monthsAgo: PER_MONTH.length - i,
        day: 3 + ((slot * 9 + i * 5) % 24),
        object: HISTORY_OBJECTS[n % HISTORY_OBJECTS.length],
        pace: PACES[n % PACES.length],
        post: n % 3 !== 0,
      }
    })
  )
}

/** When a history order was opened: `day` of the month `monthsAgo` before now, 08:00 UTC plus a little. */
function openedAt(order: HistoryOrder, now = new Date()) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - order.monthsAgo, order.day, 8, (order.day * 7) % 60))
}

const HOUR = 3600_000

/**
 * Moves a seeded order's timestamps from the seed day to its place in the past: the order opened
 * at `opened`, each stage move `pace[i]` hours later, and everything the moves stamped (SLA
 * events, response/resolution/closing times, the posting and its Medusa order) with the move that
 * stamped it. Due times keep their distance from the opening. Demo data only, hence plain SQL.
 */
async function backdate(ctx: SeedContext, orderId: string, opened: Date, pace: number[]) {
  const pg = ctx.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [order] = await pg("service_order").where({ id: orderId }).select("*")
  const moves = await pg("service_stage_transition").where({ service_order_id: orderId }).orderBy("created_at").select("id", "created_at")
  // Anchors: the real time of each event (creation, then each move) → the time it should have had.
  const anchors = [{ real: new Date(order.created_at).getTime(), at: opened.getTime() }]
  moves.slice(1).forEach((m: { created_at: Date }, i: number) => anchors.push({ real: new Date(m.created_at).getTime(), at: opened.getTime() + pace[i] * HOUR }))
  const shift = (value: Date | null) => {
    if (!value) {
      return null
    }
    const t = new Date(value).getTime()
    const anchor = [...anchors].reverse().find((a) => a.real <= t) ?? anchors[0]
    return new Date(anchor.at + (t - anchor.real))
  }
  await pg.transaction(async (trx) => {
    const columns = ["created_at", "updated_at", "stage_changed_at", "closed_at", "responded_at", "resolved_at", "posted_at", "response_due_at", "resolution_due_at"]
    await trx("service_order").where({ id: orderId }).update(Object.fromEntries(columns.map((c) => [c, shift(order[c])])))
    for (const table of ["service_stage_transition", "service_order_line"]) {
      for (const row of await trx(table).where({ service_order_id: orderId }).select("id", "created_at")) {
        await trx(table).where({ id: row.id }).update({ created_at: shift(row.created_at), updated_at: shift(row.created_at) })
      }
    }
    await trx("service_order_line").where({ service_order_id: orderId }).update({ work_date: new Date(opened.getTime() + pace[1] * HOUR) })
    for (const event of await trx("service_sla_event").where({ service_order_id: orderId }).select("id", "occurred_at", "created_at")) {
      await trx("service_sla_event").where({ id: event.id }).update({ occurred_at: shift(event.occurred_at), created_at: shift(event.created_at) })
    }
    if (order.posted_order_id) {
      const postedAt = shift(order.posted_at)
      await trx("order").where({ id: order.posted_order_id }).update({ created_at: postedAt, updated_at: postedAt })
    }
  })
}

/**
 * A year of finished work, so reports and charts have a shape on first start: closed service
 * orders on the customers' older objects spread over the last twelve months, most of them posted,
 * each with its stage history and SLA log dated where it happened. Idempotent: an order is created
 * once per key, and moved back in time once (its target date is kept in its metadata).
 */
export const historySection: SeedSection = {
  name: "service history",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve(SERVICE_MANAGEMENT_MODULE) as any
    const plan = historyOrders()
    const existing = await service.listServiceOrders(
      { customer_id: [...new Set(HISTORY_OBJECTS.map((o) => ctx.customers[o.email]))] },
      { select: ["id", "created_at", "posted_at", "metadata"] }
    )
    let created = 0
    for (const def of plan) {
      let order = existing.find((o: any) => o.metadata?.seed_key === def.key)
      if (!order) {
        const opened = openedAt(def)
        const { result } = await createServiceOrderWorkflow(ctx.container).run({
          input: {
            customer_id: ctx.customers[def.object.email],
            service_object_id: ctx.objects[def.object.serial],
            title: `Service visit: ${def.object.what}`,
            priority: "normal",
            currency_code: def.object.currency,
            metadata: { seed_key: def.key, seed_opened_at: opened.toISOString() },
            lines: [
              { type: "hour", service_task_id: ctx.tasks.REPAIR, quantity: 1 + (Number(def.key.split("-")[1]) % 3) * 0.5 },
              { type: "fee", description: "Call-out fee", quantity: 1, unit_price: 49, unit_cost: 0 },
            ],
            actor: { type: "system" },
          },
        })
        order = { ...result, metadata: { seed_key: def.key, seed_opened_at: opened.toISOString() } }
        created++
      }
      const moves = await service.listStageTransitions({ service_order_id: order.id }, { select: ["id"] })
      for (const to of PATH.slice(Math.max(moves.length - 1, 0))) {
        await transitionServiceOrderWorkflow(ctx.container).run({ input: { service_order_id: order.id, to_stage: to, actor: { type: "system" } } })
      }
      const [current] = await service.listServiceOrders({ id: order.id }, { select: ["id", "created_at", "posted_at"] })
      if (def.post && !current.posted_at) {
        await postServiceOrderWorkflow(ctx.container).run({ input: { service_order_id: order.id, actor: { type: "system" } } })
      }
      const opened = new Date(order.metadata.seed_opened_at)
      if (new Date(current.created_at).getTime() !== opened.getTime()) {
        await backdate(ctx, order.id, opened, def.pace)
        // The SLA step measured the moves at seed speed: measure the backdated log instead.
        const [dated] = await service.listServiceOrders({ id: order.id, sla_id: { $ne: null } }, { select: ["id", "sla_id"], relations: ["sla_events"] })
        if (dated) {
          await service.updateServiceOrders(await slaActualMinutes(service, [dated], new Date()))
        }
      }
    }
    report(ctx, "service history (closed orders over the last 12 months)", created, plan.length - created)
  },
}
