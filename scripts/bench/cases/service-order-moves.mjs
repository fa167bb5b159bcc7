// Writes to an existing service order, each beside the closest Medusa write in the same run: one
// client in sequence (p50) and 8 concurrent clients (requests per second, three rounds of each in
// turn); the ratio is ours over Medusa's req/s.
// - a stage move (`POST …/:id/transition`, in progress ⇄ scheduled: both allowed both ways, no
//   allowance draw, no cancellation; both stages customer-visible, so each move also sends the
//   customer a notification through Medusa's notification module, which the floor does not; the
//   same move once more with both stages made internal, reported beside it, shows that send's
//   share) and a
//   line update (`POST …/lines/:line_id`) against
//   `POST /admin/customers/:id` (an update of one record that answers the record re-read);
// - a line add (`POST …/lines`) and a repair line add (`POST …/repair-lines`) against
//   `POST /admin/customers/:id/addresses` (a child row added under a lock-free parent, answered
//   with the parent re-read, as our line add answers the order).
// Each request takes the next order of its own pool, so no two concurrent requests share an
// order (they would queue on its lock). What the writes add is deleted after measuring, so every
// run starts from the same rows.
import { interleave, summary, throughputs } from "../lib.mjs"
import { CUSTOMERS, filledAt, vacuumAnalyze } from "./base.mjs"

const CLIENTS = 8
const POOL = 400

const orderId = (i) => `sord_bmove_${i}`

const MOVED_STAGES = ["in_progress", "scheduled"]

/** Runs `fn` with the moves' two stages internal (`customer_visible` false) when `internal`, as they were after. */
async function withStagesInternal(pg, internal, fn) {
  if (!internal) {
    return fn()
  }
  const { rows } = await pg.query("SELECT id, customer_visible FROM service_stage WHERE code = ANY($1) AND deleted_at IS NULL", [MOVED_STAGES])
  await pg.query("UPDATE service_stage SET customer_visible = false WHERE id = ANY($1)", [rows.map((r) => r.id)])
  try {
    return await fn()
  } finally {
    for (const r of rows) {
      await pg.query("UPDATE service_stage SET customer_visible = $2 WHERE id = $1", [r.id, r.customer_visible])
    }
  }
}

export default {
  name: "service-order-moves",
  title: "Service order writes: stage move, lines, repair line",
  goal: "≥ 0.7× Medusa's comparable write (req/s)",
  /** POOL orders in progress, each with its customer's service object and two lines. */
  async fill({ pg, stages }) {
    if (await filledAt(pg, "service_order", "^sord_bmove_", POOL)) {
      return
    }
    const inProgress = stages.find((s) => s.code === "in_progress").id
    await pg.query("DELETE FROM service_order WHERE id LIKE 'sord_bmove_%'")
    await pg.query(
      `INSERT INTO service_object (id, name, customer_id, serial_number)
       SELECT 'sobj_bmove_' || i, 'Bench boiler ' || i, 'cus_bench_' || (i % $2), 'SN-BMOVE-' || i
       FROM generate_series(1, $1) AS i
       ON CONFLICT (id) DO NOTHING`,
      [POOL, CUSTOMERS]
    )
    await pg.query(
      `INSERT INTO service_order (id, display_id, number, customer_id, service_object_id, title, priority, channel, currency_code,
         stage_id, stage_changed_at, revenue_total, cost_total, margin_total, created_at, updated_at)
       SELECT 'sord_bmove_' || i, 700000000 + i, 'BENCH-MV-' || lpad(i::text, 5, '0'), 'cus_bench_' || (i % $3), 'sobj_bmove_' || i,
         'Bench move ' || i, 'normal', 'admin', 'usd', $1, now() - interval '1 day', 130, 70, 60, now() - interval '1 day', now()
       FROM generate_series(1, $2) AS i`,
      [inProgress, POOL, CUSTOMERS]
    )
    await pg.query(
      `INSERT INTO service_order_line (id, type, description, quantity, raw_quantity, unit_price, raw_unit_price, unit_cost, raw_unit_cost,
         billable, service_order_id)
       SELECT 'sol_bmove_' || i || '_' || l, (ARRAY['hour','item'])[l], 'Line ' || l, 1, '{"value":"1","precision":20}',
         50 + 30 * l, jsonb_build_object('value', (50 + 30 * l)::text, 'precision', 20), 20 + 15 * l, jsonb_build_object('value', (20 + 15 * l)::text, 'precision', 20),
         true, 'sord_bmove_' || i
       FROM generate_series(1, $1) AS i, generate_series(1, 2) AS l
       ON CONFLICT (id) DO NOTHING`,
      [POOL]
    )
    await vacuumAnalyze(pg, ["service_object", "service_order", "service_order_line"])
  },
  async measure({ http, pg, runs, scale }) {
    const { rows } = await pg.query(
      `SELECT o.id, s.code FROM service_order o JOIN service_stage s ON s.id = o.stage_id WHERE o.id LIKE 'sord_bmove_%'`
    )
    const stageOf = new Map(rows.map((r) => [r.id, r.code]))
    let next = 0
    const take = () => 1 + (next++ % POOL)
    const customer = (i) => `cus_bench_${i % CUSTOMERS}`

    const move = async () => {
      const id = orderId(take())
      const from = stageOf.get(id)
      const to = from === "in_progress" ? "scheduled" : "in_progress"
      const answer = await http("POST", `/admin/service-orders/${id}/transition`, { from_stage_code: from, to_stage: to })
      stageOf.set(id, to)
      return answer
    }
    const addLine = () =>
      http("POST", `/admin/service-orders/${orderId(take())}/lines`, { lines: [{ type: "item", description: "Bench part", quantity: 1, unit_price: 12.5 }] })
    const updateLine = () => {
      const i = take()
      return http("POST", `/admin/service-orders/${orderId(i)}/lines/sol_bmove_${i}_1`, { quantity: 1 + (next % 3) })
    }
    const addRepairLine = () => http("POST", `/admin/service-orders/${orderId(take())}/repair-lines`, { notes: "Bench repair" })
    // A new phone number each time, so the update writes a row as our moves and line updates do
    // (the same last name again made Medusa write nothing at all); the phones are cleared after.
    const updateCustomer = () => {
      const i = take()
      return http("POST", `/admin/customers/${customer(i)}`, { phone: `+371 2${String(next).padStart(7, "0")}` })
    }
    const addAddress = () => http("POST", `/admin/customers/${customer(take())}/addresses`, { address_name: "Bench moves", city: "Riga" })

    const variants = [
      { name: "stage move", ours: move, floor: updateCustomer, floorName: "customer_update" },
      // Not the goal's measure: the same move with both stages made internal for its duration, so
      // no notification is sent — what the customer's notification costs beside the move itself.
      { name: "stage move, stages made internal (no notification)", ours: move, floor: updateCustomer, floorName: "customer_update", internal: true },
      { name: "add a line", ours: addLine, floor: addAddress, floorName: "customer_address_add" },
      { name: "update a line", ours: updateLine, floor: updateCustomer, floorName: "customer_update" },
      { name: "add a repair line", ours: addRepairLine, floor: addAddress, floorName: "customer_address_add" },
    ]
    const perClient = scale === "smoke" ? 2 : Math.max(5, Math.round(runs / 2))
    const results = []
    try {
      for (const v of variants) {
        const { times, last, oursRate, floorRate } = await withStagesInternal(pg, !!v.internal, async () => {
          const { times, last } = await interleave({ floor: v.floor, ours: v.ours }, { runs })
          const rates = await throughputs({ ours: v.ours, floor: v.floor }, { clients: CLIENTS, perClient, rounds: scale === "smoke" ? 1 : 3 })
          return { times, last, oursRate: rates.ours, floorRate: rates.floor }
        })
        const [ours, floor] = [summary(times.ours), summary(times.floor)]
        const answer = last.ours.body
        results.push({
          name: `${v.name}, ${CLIENTS} clients`,
          p50: ours.p50,
          p95: ours.p95,
          floor: { [`${v.floorName}s_per_s`]: floorRate, [`${v.floorName}_p50`]: floor.p50 },
          throughput: oursRate,
          ratio: Math.round((oursRate / floorRate) * 100) / 100,
          rows: (answer.service_order?.lines ?? [answer.repair_line]).length,
          bytes: last.ours.bytes,
        })
      }
    } finally {
      await pg.query(
        `WITH added AS (DELETE FROM service_order_line WHERE service_order_id LIKE 'sord_bmove_%' AND id NOT LIKE 'sol_bmove_%')
         , repairs AS (DELETE FROM service_repair_line WHERE service_order_id LIKE 'sord_bmove_%')
         , moves AS (DELETE FROM service_stage_transition WHERE service_order_id LIKE 'sord_bmove_%')
         , addresses AS (DELETE FROM customer_address WHERE address_name = 'Bench moves')
         UPDATE customer SET phone = NULL WHERE id LIKE 'cus_bench_%' AND phone LIKE '+371 2%'`
      )
    }
    return results
  },
}
