import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../scripts/seed"

jest.setTimeout(600000)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    /** Row counts and dates a second seed run must leave exactly as they are. */
    async function snapshot() {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const dates = async (table: string, column: string) =>
        (await pg(table).whereNull("deleted_at").orderBy("id").select("id", column)).map((r: any) => `${r.id} ${new Date(r[column]).toISOString()}`)
      return {
        orders: await dates("service_order", "created_at"),
        transitions: await dates("service_stage_transition", "created_at"),
        sla_events: await dates("service_sla_event", "occurred_at"),
        medusa_orders: await dates("order", "created_at"),
        fees: await dates("service_subscription_fee_transaction", "created_at"),
      }
    }

    it("spreads the demo service orders, postings and SLA events over the last twelve months, and a second run changes nothing", async () => {
      await runSeed(getContainer())
      const first = await snapshot()
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const months = async (sql: string) => (await pg.raw(sql)).rows.map((r: { month: string }) => r.month)
      const yearAgo = "now() - interval '12 months 1 day'"
      const orderMonths = await months(
        `select distinct to_char(created_at, 'YYYY-MM') as month from service_order where deleted_at is null and created_at >= ${yearAgo}`
      )
      const postedMonths = await months(
        `select distinct to_char(posted_at, 'YYYY-MM') as month from service_order where posted_at is not null and posted_at >= ${yearAgo}`
      )
      const slaMonths = await months(`select distinct to_char(occurred_at, 'YYYY-MM') as month from service_sla_event where occurred_at >= ${yearAgo}`)
      expect(orderMonths.length).toBeGreaterThanOrEqual(12)
      expect(postedMonths.length).toBeGreaterThanOrEqual(11)
      expect(slaMonths.length).toBeGreaterThanOrEqual(12)
      // A posting is dated with its Medusa order, and closing follows opening.
      const { rows: mismatched } = await pg.raw(
        `select so.id from service_order so join "order" o on o.id = so.posted_order_id
         where so.posted_at is not null and abs(extract(epoch from (o.created_at - so.posted_at))) > 60`
      )
      expect(mismatched).toEqual([])
      const { rows: backwards } = await pg.raw(`select id from service_order where closed_at < created_at or resolved_at < created_at`)
      expect(backwards).toEqual([])
      // The SLA report reads each order's actual minutes: measured on the backdated log, not at seed speed.
      const { rows: sla } = await pg.raw(
        `select count(*)::int as resolved, count(*) filter (where resolution_actual_minutes > 0)::int as measured
         from service_order where metadata->>'seed_key' like 'history-%' and sla_id is not null and resolved_at is not null`
      )
      expect(sla[0].resolved).toBeGreaterThan(0)
      expect(sla[0].measured).toBeGreaterThan(sla[0].resolved / 2)

      await runSeed(getContainer())
      expect(await snapshot()).toEqual(first)
    })
  },
})
