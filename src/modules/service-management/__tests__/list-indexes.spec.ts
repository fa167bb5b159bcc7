import { QUEUE_ORDER } from "../repositories"
import { ServiceOrderListFilters, ServiceOrderListRepository } from "../repositories"
import { explain } from "./helpers/explain"
import { plannedTablesTestRunner } from "./helpers/planned-tables"

jest.setTimeout(120000)

/**
 * Every filter the admin's service order list offers, with its sort (newest first), must be
 * answered by an index on (filter, created_at): a page then reads its entries in order (or, for
 * a handful of matches, sorts only those) however many orders there are. The statement is the
 * list's own (ServiceOrderListRepository), page and capped count, with the admin's fields.
 * The table holds 20 000 orders (statistics taken) where the filtered value is rare, as one
 * customer or one urgent priority is among many orders.
 */
const PAGE = "SELECT id FROM service_order WHERE deleted_at IS NULL"
const LIST_SHAPES: [string, ServiceOrderListFilters, string | null][] = [
  ["no filter", {}, null],
  ["stage", { stage_code: "closed" }, "stage_id"],
  ["customer", { customer_id: "cus_1" }, "customer_id"],
  ["priority", { priority: "urgent" }, "priority"],
]
const ADMIN_FIELDS = ["id", "number", "created_at", "stage.code", "service_object.name", "customer.email"]

plannedTablesTestRunner(
  async (manager) => {
    await manager.execute(
      `INSERT INTO service_order (id, display_id, number, customer_id, priority, channel, currency_code, stage_id, created_at)
       SELECT 'sord_' || i, i, 'SO-' || i, 'cus_' || (i % 2000), CASE WHEN i % 100 = 0 THEN 'urgent' ELSE 'normal' END, 'admin', 'usd',
         (SELECT id FROM service_stage WHERE code = CASE WHEN i % 100 = 0 THEN 'closed' ELSE 'requested' END),
         now() - (i || ' minutes')::interval
       FROM generate_series(1, 20000) AS i`
    )
    // The list joins Medusa's customer table, which this module's test database lacks.
    await manager.execute("CREATE TABLE IF NOT EXISTS customer (id text PRIMARY KEY, email text, first_name text, last_name text, company_name text, deleted_at timestamptz)")
    await manager.execute("ANALYZE service_order")
  },
  ({ MikroOrmWrapper }) => {
    it("the dispatch queue reads the open orders in its order from its index", async () => {
      const plan = await explain(
        MikroOrmWrapper.forkManager(),
        `SELECT so.id FROM service_order so WHERE so.deleted_at IS NULL AND so.canceled_at IS NULL AND so.closed_at IS NULL
         ORDER BY ${QUEUE_ORDER} LIMIT 100`
      )
      expect(plan).toContain("IDX_service_order_dispatch_queue")
      expect(plan).not.toMatch(/Sort/)
    })

    it("a deep page after a display_id reads the number index from the cursor, without a sort", async () => {
      const plan = await explain(MikroOrmWrapper.forkManager(), `${PAGE} AND display_id < 15000 ORDER BY display_id DESC LIMIT 50`)
      expect(plan).toMatch(/Index Scan Backward using "IDX_service_order_display_id_unique"/)
      expect(plan).toMatch(/Index Cond: \(display_id < 15000\)/)
      expect(plan).not.toMatch(/Sort/)
    })

    it.each(LIST_SHAPES)("the list filtered by %s, newest first, reads one index in order", async (_, filters, column) => {
      const manager = MikroOrmWrapper.forkManager()
      const list = new ServiceOrderListRepository({ manager })
      const paging = { order: { created_at: "DESC" }, limit: 50, offset: 0, cap: 1000 }
      const { sql, params } = list.build(filters, await list.stageIds(filters), paging, ADMIN_FIELDS)
      const plan = await explain(manager, sql, params)
      if (column) {
        // (filter, created_at), or the filter's own index when the matches are few enough to sort.
        expect(plan).toContain(`IDX_service_order_${column}`)
        expect(plan).toMatch(new RegExp(`Index Cond: \\(${column} = `))
      } else {
        expect(plan).toMatch(/Index Scan Backward using "IDX_service_order_created_at"/)
        expect(plan).not.toMatch(/Sort/)
      }
    })
  }
)
