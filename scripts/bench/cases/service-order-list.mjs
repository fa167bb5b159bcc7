// The admin service order list, a page of 50, as the admin opens it (newest first) and filtered to
// one stage. Its floor b is the SQL the page needs, run directly: the page with its stage, object
// and customer, and the count the answer carries (capped at 10 001, what "10,000+" needs).
import { measureGet } from "../lib.mjs"

const LIMIT = 50

function pageSql(stageId) {
  const where = `so.deleted_at IS NULL ${stageId ? "AND so.stage_id = $1" : ""}`
  const values = stageId ? [stageId] : []
  return [
    [
      `SELECT so.*, st.id, st.code, st.name, st.color, st.is_terminal, ob.id, ob.name, ob.serial_number,
              c.id, c.email, c.first_name, c.last_name, c.company_name
       FROM service_order so
       JOIN service_stage st ON st.id = so.stage_id
       LEFT JOIN service_object ob ON ob.id = so.service_object_id
       LEFT JOIN customer c ON c.id = so.customer_id
       WHERE ${where} ORDER BY so.created_at DESC, so.id DESC LIMIT ${LIMIT}`,
      values,
    ],
    [`SELECT count(*) FROM (SELECT 1 FROM service_order so WHERE ${where} LIMIT 10001) capped`, values],
  ]
}

export default {
  name: "service-order-list",
  title: "Admin service order list, page of 50",
  goal: "p50 growth 10k → 1m ≤ 1.5×; c/(a+2b) ≤ 1.0",
  /** The base orders are all it reads. */
  async fill() {},
  async measure(context) {
    const { stages } = context
    const stage = stages.find((s) => s.code === "scheduled") ?? stages[0]
    const variants = [
      { name: "newest first", path: `/admin/service-orders?limit=${LIMIT}`, sql: pageSql() },
      { name: `one stage (${stage.code})`, path: `/admin/service-orders?limit=${LIMIT}&stage_code=${stage.code}`, sql: pageSql(stage.id) },
    ]
    const results = []
    for (const v of variants) {
      const { answer, ...measured } = await measureGet(context, v.path, v.sql)
      results.push({ name: v.name, ...measured, rows: answer.body.service_orders.length, count: answer.body.count, count_capped: answer.body.count_capped, bytes: answer.bytes })
    }
    return results
  },
}
