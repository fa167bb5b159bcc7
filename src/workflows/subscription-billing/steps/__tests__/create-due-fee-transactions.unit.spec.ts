import { MedusaContainer } from "@medusajs/framework/types"
import { createDueFeeTransactions } from "../create-due-fee-transactions"

const AS_OF = new Date("2027-03-15T00:00:00Z")

/** A container whose module answers the loops' reads and writes with `service`'s functions. */
const containerWith = (service: Record<string, unknown>) => ({ resolve: () => service }) as unknown as MedusaContainer

const due = (id: string) => ({
  id,
  customer_id: "cus_1",
  currency_code: "eur",
  amount: 30,
  frequency: "rrule",
  rrule: "FREQ=WEEKLY",
  billing_timing: "advance",
  start_date: new Date("2027-03-01T00:00:00Z"),
  end_date: null,
  cancel_from: null,
  pauses: null,
  next_period_start: new Date("2027-03-01T00:00:00Z"),
  next_due_at: new Date("2027-03-01T00:00:00Z"),
})

describe("createDueFeeTransactions", () => {
  it("bills the statements' shares and the custom-rule subscriptions at once, and adds up what each created", async () => {
    const started: string[] = []
    let release!: () => void
    const statementsRunning = new Promise<void>((resolve) => (release = resolve))
    const service = {
      subscriptionCursorShareBounds: async () => ["ssubcur_m"],
      insertDueCalendarFees: async ({ after }: { after: string }) => {
        started.push(`share ${after || "start"}`)
        await statementsRunning
        return { subscriptions: 3, inserted: 3, last_id: null }
      },
      listDueSubscriptions: async ({ after }: { after: string }) => {
        started.push(`custom ${after || "start"}`)
        return after ? [] : [due("ssub_a"), due("ssub_b")]
      },
      insertFeeTransactionsAndAdvance: async ({ rows, cursors }: { rows: unknown[]; cursors: unknown[] }) => {
        expect(cursors).toHaveLength(2)
        // The custom-rule loop finishes while both statements are still running.
        release()
        return rows.length
      },
    }
    const { created } = await createDueFeeTransactions(containerWith(service), { as_of: AS_OF, billing_run_id: "sbrn_1" })
    expect(started.slice(0, 3).sort()).toEqual(["custom start", "share ssubcur_m", "share start"])
    // Weekly from 1 March, in advance, as of 15 March: three periods for each of the two.
    expect(created).toBe(3 + 3 + 6)
  })

  it("throws a loop's failure only once every other loop has finished, so compensation never races an insert", async () => {
    let shareDone = false
    const service = {
      subscriptionCursorShareBounds: async () => ["ssubcur_m"],
      insertDueCalendarFees: async ({ after }: { after: string }) => {
        if (!after) {
          throw new Error("deadlock detected")
        }
        await new Promise((resolve) => setTimeout(resolve, 30))
        shareDone = true
        return { subscriptions: 1, inserted: 1, last_id: null }
      },
      listDueSubscriptions: async () => [],
      insertFeeTransactionsAndAdvance: async () => 0,
    }
    await expect(createDueFeeTransactions(containerWith(service), { as_of: AS_OF, billing_run_id: "sbrn_1" })).rejects.toThrow("deadlock detected")
    expect(shareDone).toBe(true)
  })
})
