// The entitlement of one service object with a long history (`GET /admin/service-objects/:id/entitlement`):
// under a warranty term, its customer holding 20 active agreements of 10 lines each (half with a
// visit allowance and this period's balance, a third naming the object) and 1,000 service orders
// on the object (3, 5 and 100 for the smoke). Its floor b is the entitlement's statements run
// directly: the object, its term, the customer's agreements with their lines, the SLA choices
// (the agreement's, the customer's groups', the default), the allowance lines and their balances.
import { measureGet } from "../lib.mjs"
import { filledAt, vacuumAnalyze } from "./base.mjs"

const OBJECT = "sobj_bench_ent"
const CUSTOMER = "cus_bench_ent"
const LINES = 10

const sizes = (scale) => (scale === "smoke" ? { agreements: 3, orders: 100 } : { agreements: 20, orders: 1000 })

function floorStatements() {
  return [
    [
      `SELECT id, customer_id, order_id, warranty_term_id, warranty_end, warranty_starts_at, warranty_ended_at, warranty_end_reason
       FROM service_object WHERE id = $1 AND deleted_at IS NULL`,
      [OBJECT],
    ],
    [`SELECT * FROM service_warranty_term WHERE id = (SELECT warranty_term_id FROM service_object WHERE id = $1)`, [OBJECT]],
    [
      `SELECT a.*, l.* FROM service_agreement a LEFT JOIN service_agreement_line l ON l.agreement_id = a.id AND l.deleted_at IS NULL
       WHERE a.customer_id = $1 AND a.status = 'active' AND NOT a.is_template AND a.deleted_at IS NULL`,
      [CUSTOMER],
    ],
    [
      `SELECT a.id, s.* FROM service_agreement a JOIN service_level_agreement s ON s.id = a.sla_id
       WHERE a.customer_id = $1 AND a.status = 'active' AND a.deleted_at IS NULL`,
      [CUSTOMER],
    ],
    [`SELECT customer_group_id FROM customer_group_customer WHERE customer_id = $1 AND deleted_at IS NULL`, [CUSTOMER]],
    [`SELECT * FROM service_level_agreement WHERE is_default AND is_active AND deleted_at IS NULL`, []],
    [
      `SELECT l.*, a.valid_from, a.valid_to FROM service_agreement_line l JOIN service_agreement a ON a.id = l.agreement_id
       WHERE a.customer_id = $1 AND l.allowance_quantity IS NOT NULL AND l.deleted_at IS NULL
         AND (l.service_object_id IS NULL OR l.service_object_id = $2)`,
      [CUSTOMER, OBJECT],
    ],
    [
      `SELECT b.id, b.agreement_line_id, b.period_start, b.allowance, b.used FROM service_allowance_balance b
       JOIN service_agreement_line l ON l.id = b.agreement_line_id JOIN service_agreement a ON a.id = l.agreement_id
       WHERE a.customer_id = $1 AND b.deleted_at IS NULL`,
      [CUSTOMER],
    ],
  ]
}

export default {
  name: "entitlement",
  title: "Entitlement of one service object with a long history",
  goal: "c/(a+1.5b) ≤ 1.0; a fixed number of queries whatever the history",
  async fill({ pg, scale }) {
    const { agreements, orders } = sizes(scale)
    if (await filledAt(pg, "service_agreement", "^sagr_bench_ent_", agreements)) {
      return
    }
    await pg.query("DELETE FROM service_allowance_balance WHERE id LIKE 'salb_bench_ent_%'")
    await pg.query("DELETE FROM service_agreement_line WHERE id LIKE 'sagl_bench_ent_%'")
    await pg.query("DELETE FROM service_agreement WHERE id LIKE 'sagr_bench_ent_%'")
    await pg.query("UPDATE service_order SET service_object_id = NULL WHERE service_object_id = $1", [OBJECT])
    await pg.query("DELETE FROM service_object WHERE id = $1", [OBJECT])
    await pg.query("DELETE FROM service_warranty_term WHERE id = 'swty_bench_ent'")
    await pg.query(
      `INSERT INTO customer (id, email, first_name, last_name) VALUES ($1, 'bench-entitlement@example.com', 'Bench', 'Entitlement')
       ON CONFLICT (id) DO NOTHING`,
      [CUSTOMER]
    )
    await pg.query(
      `INSERT INTO service_warranty_term (id, product_id, duration_months, start_basis, parts_coverage_percent, labour_coverage_percent, remedies)
       VALUES ('swty_bench_ent', 'prod_bench_ent', 36, 'placed', 50, 80, ARRAY['repair', 'replace'])`
    )
    await pg.query(
      `INSERT INTO service_object (id, name, customer_id, warranty_term_id, warranty_starts_at, warranty_end)
       VALUES ($1, 'Bench heat pump', $2, 'swty_bench_ent', now() - interval '1 year', now() + interval '2 years')`,
      [OBJECT, CUSTOMER]
    )
    // Valid from 200 days ago: each yearly allowance is in its first period, which starts then.
    await pg.query(
      `INSERT INTO service_agreement (id, display_id, number, customer_id, name, status, valid_from, currency_code, is_template, activated_at)
       SELECT 'sagr_bench_ent_' || i, 800000000 + i, 'BENCH-ENT-' || i, $2, 'Bench cover ' || i, 'active',
         date_trunc('day', now()) - interval '200 days', 'usd', false, now()
       FROM generate_series(1, $1) AS i`,
      [agreements, CUSTOMER]
    )
    await pg.query(
      `INSERT INTO service_agreement_line (id, agreement_id, type, description, service_object_id, quantity, raw_quantity,
         unit_price, raw_unit_price, unit_cost, raw_unit_cost, allowance_quantity, raw_allowance_quantity, allowance_unit, allowance_period, overage_unit_price, raw_overage_unit_price)
       SELECT 'sagl_bench_ent_' || i || '_' || k, 'sagr_bench_ent_' || i, 'fee', 'Cover ' || k, CASE WHEN k % 3 = 0 THEN $2 END,
         1, '{"value":"1","precision":20}', 0, '{"value":"0","precision":20}', 0, '{"value":"0","precision":20}',
         CASE WHEN k % 2 = 0 THEN 4 END, CASE WHEN k % 2 = 0 THEN '{"value":"4","precision":20}'::jsonb END, CASE WHEN k % 2 = 0 THEN 'visit' END, CASE WHEN k % 2 = 0 THEN 'year' END,
         CASE WHEN k % 2 = 0 THEN 90 END, CASE WHEN k % 2 = 0 THEN '{"value":"90","precision":20}'::jsonb END
       FROM generate_series(1, $1) AS i, generate_series(0, $3 - 1) AS k`,
      [agreements, OBJECT, LINES]
    )
    await pg.query(
      `INSERT INTO service_allowance_balance (id, agreement_line_id, period_start, period_end, allowance, raw_allowance, used, raw_used)
       SELECT 'salb_bench_ent_' || l.id, l.id, a.valid_from, a.valid_from + interval '1 year', 4, '{"value":"4","precision":20}', 1, '{"value":"1","precision":20}'
       FROM service_agreement_line l JOIN service_agreement a ON a.id = l.agreement_id
       WHERE l.id LIKE 'sagl_bench_ent_%' AND l.allowance_quantity IS NOT NULL`
    )
    await pg.query(
      `UPDATE service_order SET service_object_id = $1
       WHERE id IN (SELECT id FROM service_order WHERE id LIKE 'sord_bench_%' ORDER BY id LIMIT $2)`,
      [OBJECT, orders]
    )
    await vacuumAnalyze(pg, ["service_agreement", "service_agreement_line", "service_allowance_balance", "service_object"])
  },
  async measure(context) {
    const { agreements } = sizes(context.scale)
    const { answer, ...measured } = await measureGet(context, `/admin/service-objects/${OBJECT}/entitlement`, floorStatements(), { weight: 1.5 })
    const lines = answer.body.entitlement.agreement.agreements.flatMap((a) => a.lines).length
    if (answer.body.entitlement.agreement.agreements.length !== agreements) {
      throw new Error(`the entitlement named ${answer.body.entitlement.agreement.agreements.length} agreements, expected ${agreements}`)
    }
    return [{ name: `${agreements} agreements, ${lines} covering lines`, ...measured, rows: lines, bytes: answer.bytes }]
  },
}
