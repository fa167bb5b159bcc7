import { FieldKpiReportRepository, OrderMarginReportRepository, SlaComplianceReportRepository, SubscriptionReportRepository } from "../repositories"
import { ReportRepository, selectRows } from "../repositories/common/report"
import { explain } from "./helpers/explain"
import { plannedTablesTestRunner } from "./helpers/planned-tables"

jest.setTimeout(120000)

const HOUR = 60 * 60 * 1000

/**
 * A report filtered to a few orders must find them through an index on the filter, not by
 * reading every order: the page then costs what its matches cost, however many orders there are.
 * The tables hold 20 000 orders with three lines each (statistics taken), where each filtered
 * value — one customer, SLA, technician, task, or the last hour — is rare.
 */
plannedTablesTestRunner(
  async (manager) => {
    await manager.execute(
      `INSERT INTO service_level_agreement (id, code, name, response_minutes, resolution_minutes, timezone, working_hours)
       SELECT 'sla_' || i, 'SLA' || i, 'SLA ' || i, 60, 480, 'UTC', '{}'::jsonb FROM generate_series(0, 199) AS i`
    )
    await manager.execute(
      `INSERT INTO service_order (id, display_id, number, customer_id, sla_id, priority, channel, currency_code, stage_id,
         posted_at, created_at, closed_at)
       SELECT 'sord_' || i, i, 'SO-' || i, 'cus_' || (i % 2000), 'sla_' || (i % 200), 'normal', 'admin', 'usd',
         (SELECT id FROM service_stage WHERE code = 'requested'), now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval,
         CASE WHEN i % 3 = 0 THEN now() - (i || ' minutes')::interval + interval '30 minutes' END
       FROM generate_series(1, 20000) AS i`
    )
    // A technician per 20 orders, each order assigned for an hour (no technician's assignments overlap).
    await manager.execute(
      `INSERT INTO service_technician (id, first_name, timezone, working_hours) SELECT 'stech_' || i, 'Tech ' || i, 'UTC', '{}'::jsonb
       FROM generate_series(0, 999) AS i`
    )
    await manager.execute(
      `INSERT INTO service_assignment (id, service_order_id, technician_id, starts_at, ends_at)
       SELECT 'sasg_' || i, 'sord_' || i, 'stech_' || (i % 1000), now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval + interval '1 hour'
       FROM generate_series(1, 20000) AS i`
    )
    await manager.execute(
      `INSERT INTO service_order_line (id, type, description, quantity, raw_quantity, unit_price, raw_unit_price, unit_cost, raw_unit_cost,
         billable, technician_id, service_task_id, service_order_id)
       SELECT 'sol_' || i || '_' || l, 'item', 'Line', 1, '{"value":"1","precision":20}', 10, '{"value":"10","precision":20}',
         6, '{"value":"6","precision":20}', true, 'stech_' || (i % 1000), 'stask_' || (i % 1000), 'sord_' || i
       FROM generate_series(1, 20000) AS i, generate_series(1, 3) AS l`
    )
    await manager.execute("ANALYZE service_order")
    await manager.execute("ANALYZE service_order_line")
    await manager.execute("ANALYZE service_assignment")
    await manager.execute("ANALYZE service_technician")
  },
  ({ MikroOrmWrapper, service }) => {
    async function plan(repository: ReportRepository<any>, filters: object) {
      const q = repository.build(filters)
      return explain(MikroOrmWrapper.forkManager(), selectRows(q, `ORDER BY ${q.order} LIMIT 50`), q.params)
    }

    const margin = () => new OrderMarginReportRepository({ manager: MikroOrmWrapper.forkManager() })
    const lastHour = () => new Date(Date.now() - HOUR)

    // By order, the orders are found by their filter's index and their lines by order; by
    // technician, a line filter finds the lines by its index.
    it.each([
      ["customer", "order", { customer_id: ["cus_7"] }, ["IDX_service_order_customer_id_created_at", "IDX_service_order_line_service_order_id"]],
      ["created in the last hour", "order", { from: lastHour() }, ["IDX_service_order_created_at", "IDX_service_order_line_service_order_id"]],
      ["posted in the last hour", "order", { date_field: "posted", from: lastHour() }, ["IDX_service_order_posted_at", "IDX_service_order_line_service_order_id"]],
      ["technician", "technician", { technician_id: ["stech_7"] }, ["IDX_service_order_line_technician_id"]],
      ["service task", "technician", { service_task_id: ["stask_7"] }, ["IDX_service_order_line_service_task_id"]],
    ])("order margin filtered by %s (by %s) reads its rows by index", async (_, groupBy, filters, indexes) => {
      const explained = await plan(margin(), { group_by: groupBy, date_field: "created", ...filters })
      for (const index of indexes) {
        expect(explained).toContain(index)
      }
      expect(explained).not.toMatch(/Seq Scan on service_order\b/)
      expect(explained).not.toMatch(/Seq Scan on service_order_line\b/)
    })

    it.each([
      ["SLA", { sla_id: ["sla_7"] }, "IDX_service_order_sla_id_created_at"],
      ["customer", { customer_id: ["cus_7"] }, "IDX_service_order_customer_id_created_at"],
    ])("SLA compliance filtered by %s finds its orders by index", async (_, filters, index) => {
      const sla = new SlaComplianceReportRepository({ manager: MikroOrmWrapper.forkManager() })
      const explained = await plan(sla, { group_by: "sla", at_risk_minutes: 240, now: new Date(), ...filters })
      expect(explained).toContain(index)
      expect(explained).not.toMatch(/Seq Scan on service_order\b/)
    })

    // 2 000 subscriptions with 12 monthly fees each, many sharing a period start (as billing makes
    // them): the listing's page is the first rows of the period index read backwards (no sort of
    // the range), and its count and totals read that index alone (its INCLUDE columns).
    it("the fee listing pages from the period index and counts and totals it index-only", async () => {
      const manager = MikroOrmWrapper.forkManager()
      await manager.execute(
        `INSERT INTO service_subscription_cursor (id, next_period_start, next_due_at)
         SELECT 'ssubcur_' || i, date_trunc('month', now()), date_trunc('month', now()) FROM generate_series(1, 2000) AS i`
      )
      await manager.execute(
        `INSERT INTO service_subscription (id, display_id, number, customer_id, description, amount, raw_amount, currency_code, frequency,
           billing_timing, start_date, status, cursor_id)
         SELECT 'ssub_' || i, i, 'SUB-' || i, 'cus_' || i, 'Plan', 10, '{"value":"10","precision":20}', 'eur', 'monthly', 'advance',
           date_trunc('month', now()) - interval '12 months', 'active', 'ssubcur_' || i
         FROM generate_series(1, 2000) AS i`
      )
      await manager.execute(
        `INSERT INTO service_subscription_fee_transaction (id, subscription_id, customer_id, currency_code, period_start, period_end, due_at,
           period_days, billable_days, full_amount, raw_full_amount, amount, raw_amount, status)
         SELECT 'sfee_' || i || '_' || k, 'ssub_' || i, 'cus_' || i, 'eur', date_trunc('month', now()) - (k || ' months')::interval,
           date_trunc('month', now()) - ((k - 1) || ' months')::interval, date_trunc('month', now()) - (k || ' months')::interval,
           30, 30, 10, '{"value":"10","precision":20}', 10, '{"value":"10","precision":20}', 'invoiced'
         FROM generate_series(1, 2000) AS i, generate_series(1, 12) AS k`
      )
      // VACUUM: the visibility map an index-only scan needs (as autovacuum keeps it on a live table).
      await manager.execute("VACUUM ANALYZE service_subscription_fee_transaction")
      const fees = new SubscriptionReportRepository({ manager })
      const filters = { group_by: "transaction", from: new Date(Date.now() - 200 * 24 * HOUR), now: new Date() }
      const page = await plan(fees, filters)
      expect(page).toContain("Index Scan Backward using \"IDX_service_subscription_fee_transaction_period_start\"")
      expect(page).not.toMatch(/Sort/)
      const q = fees.build(filters as never)
      const totals = await explain(manager, (q.totals as { sql: string }).sql, (q.totals as { params: unknown[] }).params)
      expect(totals).toContain("Index Only Scan using \"IDX_service_subscription_fee_transaction_period_start\"")
    })

    // Field KPIs of one technician over the last hour: the orders closed in it by their closing
    // date, each one's repeat visits by service object, the technician's assignments and open
    // orders through the technician — never every order or assignment.
    const kpis = () => new FieldKpiReportRepository({ manager: MikroOrmWrapper.forkManager() })
    const kpiFilters = (over: object) => ({
      from: lastHour(),
      to: new Date(),
      repeat_days: 30,
      now: new Date(),
      calendars: [{ timezone: "UTC", working_hours: {}, periods: [] }],
      ...over,
    })

    it("field KPIs of one technician read its closed orders, repeat visits and assignments by index", async () => {
      const explained = await plan(kpis(), kpiFilters({ group_by: "technician", technician_id: ["stech_7"] }))
      for (const index of ["IDX_service_order_closed_at", "IDX_service_order_service_object_id_created_at", "IDX_service_assignment_service_order_id"]) {
        expect(explained).toContain(index)
      }
      expect(explained).not.toMatch(/Seq Scan on service_order\b/)
      expect(explained).not.toMatch(/Seq Scan on service_assignment\b/)
    })

    it("the backlog of one customer finds its open orders by index", async () => {
      const explained = await plan(kpis(), kpiFilters({ group_by: "age_bucket", customer_id: ["cus_7"] }))
      expect(explained).toContain("IDX_service_order_customer_id_created_at")
      expect(explained).not.toMatch(/Seq Scan on service_order\b/)
    })
  }
)
