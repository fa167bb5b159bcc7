import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { SERVICE_MANAGEMENT_MODULE } from ".."
import { calendarMonthsSql } from "../repositories/common/calendar-months"
import ServiceManagementModuleService from "../service"
import { BillingPause, currencyDigitsTable, dueFeeWrite, duePeriods, SubscriptionTerms } from "../utils/subscription-periods"
import { flattenCursor } from "../utils/subscription-cursor"

jest.setTimeout(120000)

const d = (s: string) => new Date(s)
const AS_OF = d("2027-03-15T12:00:00Z")

/** Terms that exercise every rule the SQL repeats: month ends, leap days, pauses, stops, rounding, timing. */
const cases: (Omit<SubscriptionTerms, "amount" | "start_date" | "pauses"> & { amount: number; start_date: Date; cursor?: Date; pauses?: BillingPause[] })[] = [
  { amount: 100, currency_code: "eur", frequency: "monthly", billing_timing: "advance", start_date: d("2026-01-31") },
  { amount: 100, currency_code: "eur", frequency: "monthly", billing_timing: "arrears", start_date: d("2026-01-31") },
  { amount: 33.33, currency_code: "usd", frequency: "monthly", billing_timing: "advance", start_date: d("2026-05-30"), end_date: d("2026-11-16") },
  { amount: 999, currency_code: "jpy", frequency: "quarterly", billing_timing: "advance", start_date: d("2025-11-30"), cancel_from: d("2026-12-10") },
  { amount: 120.5, currency_code: "bhd", frequency: "quarterly", billing_timing: "arrears", start_date: d("2026-02-28") },
  { amount: 1200, currency_code: "eur", frequency: "yearly", billing_timing: "advance", start_date: d("2024-02-29") },
  { amount: 1200, currency_code: "eur", frequency: "yearly", billing_timing: "arrears", start_date: d("2023-03-15") },
  // A closed pause inside one period and one across two; the pause strings in both stored shapes.
  {
    amount: 10.01, currency_code: "eur", frequency: "monthly", billing_timing: "advance", start_date: d("2026-06-10"),
    pauses: [{ from: "2026-07-20", to: "2026-08-05" }, { from: "2026-10-01T00:00:00.000Z", to: "2026-10-16T00:00:00+00:00" }],
  },
  // An open pause: billed up to it, then the cursor waits with no due date.
  { amount: 50, currency_code: "usd", frequency: "monthly", billing_timing: "advance", start_date: d("2026-03-03"), pauses: [{ from: "2026-09-12" }] },
  { amount: 50, currency_code: "usd", frequency: "monthly", billing_timing: "arrears", start_date: d("2026-03-03"), pauses: [{ from: "2026-09-12", to: null }] },
  // A cursor in the middle of the schedule, and one already past everything due.
  { amount: 75, currency_code: "eur", frequency: "monthly", billing_timing: "advance", start_date: d("2025-08-31"), cursor: d("2026-11-30") },
  { amount: 75, currency_code: "eur", frequency: "quarterly", billing_timing: "advance", start_date: d("2026-12-20"), cursor: d("2027-03-20") },
  // A cursor inside a period (as a resume leaves it): three periods due, the run ends at the last one the SQL looks at.
  { amount: 75, currency_code: "eur", frequency: "monthly", billing_timing: "advance", start_date: d("2026-01-10"), cursor: d("2027-02-05") },
  // Ends on the day before a period: nothing after it; a cancellation on the start day: nothing at all.
  { amount: 40, currency_code: "eur", frequency: "monthly", billing_timing: "advance", start_date: d("2026-01-15"), end_date: d("2026-06-14") },
  { amount: 40, currency_code: "eur", frequency: "monthly", billing_timing: "arrears", start_date: d("2026-10-01"), cancel_from: d("2026-10-01") },
  // RRULEs that are plain month steps from a day up to the 28th: billed by the same statement.
  { amount: 60, currency_code: "eur", frequency: "rrule", rrule: "FREQ=MONTHLY;INTERVAL=2", billing_timing: "advance", start_date: d("2026-01-28") },
  { amount: 60, currency_code: "usd", frequency: "rrule", rrule: "RRULE:FREQ=MONTHLY", billing_timing: "arrears", start_date: d("2026-04-05"), end_date: d("2026-12-20") },
  { amount: 500, currency_code: "eur", frequency: "rrule", rrule: "FREQ=YEARLY;INTERVAL=2", billing_timing: "advance", start_date: d("2023-02-14"), pauses: [{ from: "2025-03-01", to: "2025-04-01" }] },
]

/** RRULEs the statement must leave to `duePeriods` in Node: RRULE's own day rules differ from month arithmetic. */
const nodeOnly: typeof cases = [
  { amount: 60, currency_code: "eur", frequency: "rrule", rrule: "FREQ=MONTHLY;INTERVAL=2", billing_timing: "advance", start_date: d("2026-01-31") },
  { amount: 60, currency_code: "eur", frequency: "rrule", rrule: "FREQ=MONTHLY;BYMONTHDAY=1", billing_timing: "advance", start_date: d("2026-01-10") },
  { amount: 60, currency_code: "eur", frequency: "rrule", rrule: "FREQ=WEEKLY;INTERVAL=2", billing_timing: "advance", start_date: d("2026-01-10") },
]

moduleIntegrationTestRunner<ServiceManagementModuleService>({
  moduleName: SERVICE_MANAGEMENT_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ MikroOrmWrapper, service }) => {
    /** One subscription per case, its cursor at the case's cursor (else its start), customers `<prefix>_<i>`. */
    const subscribe = (terms: typeof cases, customerPrefix: string) =>
      service.createNumberedServiceSubscriptions(
        terms.map((c, i) => ({
          customer_id: `${customerPrefix}_${i}`,
          description: `Case ${i}`,
          amount: c.amount,
          currency_code: c.currency_code,
          frequency: c.frequency,
          rrule: c.rrule ?? null,
          billing_timing: c.billing_timing,
          start_date: c.start_date,
          end_date: c.end_date ?? null,
          cancel_from: c.cancel_from ?? null,
          pauses: c.pauses ?? null,
          cursor: { next_period_start: c.cursor ?? c.start_date, next_due_at: c.cursor ?? c.start_date },
        }))
      )

    describe("the months a statement bills by", () => {
      it("are a plain month step's and NULL for every other rule, whatever the text around FREQ and INTERVAL", async () => {
        // [frequency, rrule, start day, months]: NULL leaves the subscription to the rules in Node.
        const rules: [string, string | null, number, number | null][] = [
          ["monthly", null, 31, 1], ["quarterly", null, 30, 3], ["yearly", null, 29, 12],
          ["rrule", "FREQ=MONTHLY", 5, 1], ["rrule", "RRULE:FREQ=MONTHLY;INTERVAL=3", 28, 3],
          ["rrule", "FREQ=YEARLY;INTERVAL=2", 1, 24], ["rrule", "RRULE:FREQ=YEARLY;INTERVAL=120", 14, 1440],
          ["rrule", "FREQ=MONTHLY;INTERVAL=999", 10, 999],
          // A later start day: RRULE skips the months without it.
          ["rrule", "FREQ=MONTHLY;INTERVAL=2", 29, null],
          // More parts, another order, another frequency, an interval out of range, other case, none.
          ["rrule", "FREQ=MONTHLY;INTERVAL=2;COUNT=5", 5, null], ["rrule", "FREQ=MONTHLY;BYMONTHDAY=1", 5, null],
          ["rrule", "INTERVAL=2;FREQ=MONTHLY", 5, null], ["rrule", "FREQ=WEEKLY;INTERVAL=4", 5, null],
          ["rrule", "FREQ=MONTHLY;INTERVAL=0", 5, null], ["rrule", "FREQ=MONTHLY;INTERVAL=1000", 5, null],
          ["rrule", "FREQ=MONTHLY;INTERVAL=", 5, null], ["rrule", "freq=monthly", 5, null], ["rrule", null, 5, null],
        ]
        const rows = await MikroOrmWrapper.forkManager().execute<{ months: number | null }[]>(
          `SELECT ${calendarMonthsSql()} AS months
           FROM (SELECT e->>'frequency' AS frequency, e->>'rrule' AS rrule, (e->>'start_date')::timestamptz AS start_date, n
                 FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS x(e, n)) AS r
           ORDER BY n`,
          [JSON.stringify(rules.map(([frequency, rrule, day]) => ({ frequency, rrule, start_date: `2026-01-${String(day).padStart(2, "0")}T00:00:00Z` })))]
        )
        expect(rows.map((r, i) => [rules[i][1] ?? rules[i][0], r.months])).toEqual(rules.map(([frequency, rrule, , months]) => [rrule ?? frequency, months]))
      })
    })

    describe("set-based billing of monthly, quarterly and yearly subscriptions", () => {
      it("creates the same fees and moves the cursors as the period rules in JS, once", async () => {
        const created = await subscribe([...cases, ...nodeOnly], "cus")
        const subs = created.slice(0, cases.length)
        const expected = subs.map((s, i) => ({ id: s.id, due: duePeriods(cases[i] as SubscriptionTerms, cases[i].cursor ?? cases[i].start_date, AS_OF) }))

        // Two ranges of cursor ids billed at once, as a run does, split where the statistics of the
        // ids say, in batches of 4: the keyset paging carries on where the previous batch stopped;
        // the ranges together bill every subscription, once.
        await MikroOrmWrapper.forkManager().execute("ANALYZE service_subscription_cursor")
        const bounds = await service.subscriptionCursorShareBounds(2)
        const cursorIds = created.map((s) => s.cursor_id).sort()
        expect(bounds).toHaveLength(1)
        expect(bounds[0] > cursorIds[0] && bounds[0] < cursorIds[cursorIds.length - 1]).toBe(true)
        const billShare = async (index: number) => {
          let inserted = 0
          const until = index ? null : bounds[0]
          for (let after = index ? bounds[0] : ""; ; ) {
            const batch = await service.insertDueCalendarFees({ as_of: AS_OF, billing_run_id: "sbrn_test", after, limit: 4, digits: currencyDigitsTable(), until })
            inserted += batch.inserted
            if (batch.subscriptions < 4) {
              return inserted
            }
            after = batch.last_id!
          }
        }
        const shares = await Promise.all([billShare(0), billShare(1)])
        expect(shares.every((n) => n > 0)).toBe(true)
        const inserted = shares[0] + shares[1]

        const fees = await service.listServiceSubscriptionFeeTransactions({}, { order: { period_start: "ASC" } })
        expect(inserted).toBe(expected.reduce((n, e) => n + e.due.periods.length, 0))
        expect(inserted).toBeGreaterThan(40)
        expect(fees.filter((f) => created.slice(cases.length).some((s) => s.id === f.subscription_id))).toEqual([])
        const leftToNode = await service.listDueSubscriptions({ as_of: AS_OF, after: "", limit: 100 })
        expect(leftToNode.map((s) => s.id).sort()).toEqual(created.slice(cases.length).map((s) => s.id).sort())
        const after = (await service.listServiceSubscriptions({ id: subs.map((s) => s.id) }, { relations: ["cursor"] })).map(flattenCursor)
        for (const [i, e] of expected.entries()) {
          const mine = fees.filter((f) => f.subscription_id === e.id)
          expect([i, mine.map((f) => ({
            period_start: f.period_start,
            period_end: f.period_end,
            due_at: f.due_at,
            period_days: f.period_days,
            billable_days: f.billable_days,
            full_amount: Number(f.full_amount),
            amount: Number(f.amount),
          }))]).toEqual([i, e.due.periods])
          expect(mine.every((f) => f.status === "pending" && f.billing_run_id === "sbrn_test" && /^ssft_[0-9A-HJKMNP-TV-Z]{26}$/.test(f.id))).toBe(true)
          const sub = after.find((s) => s.id === e.id)!
          expect([i, sub.next_period_start, sub.next_due_at]).toEqual([i, e.due.next_period_start, e.due.next_due_at])
        }

        // A second pass finds nothing due from the moved cursors; none twice even from the old ones.
        expect((await service.insertDueCalendarFees({ as_of: AS_OF, billing_run_id: null, after: "", limit: 100, digits: currencyDigitsTable() })).inserted).toBe(0)
        await service.updateServiceSubscriptionCursors(subs.map((s, i) => ({ id: s.cursor_id, next_period_start: cases[i].cursor ?? cases[i].start_date, next_due_at: cases[i].cursor ?? cases[i].start_date })))
        expect((await service.insertDueCalendarFees({ as_of: AS_OF, billing_run_id: null, after: "", limit: 100, digits: currencyDigitsTable() })).inserted).toBe(0)
        expect(await service.listServiceSubscriptionFeeTransactions({})).toHaveLength(inserted)
      })
    })

    describe("custom-rule subscriptions, billed in Node", () => {
      it("inserts the periods computed in JS and moves each cursor once, with the batch's JSON bound", async () => {
        const created = await subscribe(nodeOnly, "cus_node")
        const due = await service.listDueSubscriptions({ as_of: AS_OF, after: "", limit: 100 })
        expect(due.map((s) => s.id).sort()).toEqual(created.map((s) => s.id).sort())
        const planned = due.map((sub) => ({ sub, periods: duePeriods(sub, sub.next_period_start, AS_OF) }))
        const write = dueFeeWrite(due, AS_OF, "sbrn_node")
        expect(write.cursors).toHaveLength(due.length)
        expect(write.rows.length).toBeGreaterThan(10)

        expect(await service.insertFeeTransactionsAndAdvance(write)).toBe(write.rows.length)
        const fees = await service.listServiceSubscriptionFeeTransactions({ billing_run_id: "sbrn_node" }, { order: { period_start: "ASC" } })
        for (const { sub, periods } of planned) {
          expect(
            fees
              .filter((f) => f.subscription_id === sub.id)
              .map((f) => ({ period_start: f.period_start, period_end: f.period_end, due_at: f.due_at, amount: Number(f.amount), status: f.status }))
          ).toEqual(periods.periods.map((p) => ({ period_start: p.period_start, period_end: p.period_end, due_at: p.due_at, amount: p.amount, status: "pending" })))
        }
        const moved = (await service.listServiceSubscriptions({ id: created.map((s) => s.id) }, { relations: ["cursor"] })).map(flattenCursor)
        for (const { sub, periods } of planned) {
          const after = moved.find((s) => s.id === sub.id)!
          expect([after.next_period_start, after.next_due_at]).toEqual([periods.next_period_start, periods.next_due_at])
        }

        // The same write again: the unique key skips every fee, and no cursor moves from where it no longer is.
        expect(await service.insertFeeTransactionsAndAdvance(write)).toBe(0)
        expect(await service.listServiceSubscriptionFeeTransactions({ billing_run_id: "sbrn_node" })).toHaveLength(write.rows.length)
        expect((await service.listServiceSubscriptions({ id: created.map((s) => s.id) }, { relations: ["cursor"] })).map(flattenCursor)).toEqual(moved)
      })
    })

    describe("a subscription's billing cursor", () => {
      it("is soft-deleted and restored with its subscription, and a deleted one is not billed", async () => {
        const [sub] = await service.createNumberedServiceSubscriptions([
          {
            customer_id: "cus_1", description: "Plan", amount: 10, currency_code: "eur", frequency: "monthly", billing_timing: "advance",
            start_date: d("2027-01-01"), cursor: { next_period_start: d("2027-01-01"), next_due_at: d("2027-01-01") },
          },
        ])
        const cursors = () => service.listServiceSubscriptionCursors({ id: sub.cursor_id }, { withDeleted: true })
        expect((await cursors())[0].deleted_at).toBeNull()

        await service.softDeleteServiceSubscriptions([sub.id])
        expect((await cursors())[0].deleted_at).not.toBeNull()
        const bill = () => service.insertDueCalendarFees({ as_of: AS_OF, billing_run_id: null, after: "", limit: 100, digits: currencyDigitsTable() })
        expect(await bill()).toEqual(expect.objectContaining({ subscriptions: 0, inserted: 0 }))

        await service.restoreServiceSubscriptions([sub.id])
        expect((await cursors())[0].deleted_at).toBeNull()
        expect(await bill()).toEqual(expect.objectContaining({ subscriptions: 1, inserted: 3 }))
      })
    })
  },
})
