import { INotificationModuleService } from "@medusajs/framework/types"
import { KeyedNotification, NotificationBatch } from "../notification-batch"

type Row = { id: string; idempotency_key: string; status: string }

/** A notification module that records its calls; `fail` names keys whose send fails. */
function fakeModule(opts: { sentBefore?: string[]; fail?: string[] } = {}) {
  const calls: string[][] = []
  const rows = new Map<string, Row>((opts.sentBefore ?? []).map((k) => [k, { id: `noti_${k}`, idempotency_key: k, status: "success" }]))
  let release: (() => void) | null = null
  const module = {
    createNotifications: jest.fn(async (data: KeyedNotification[]) => {
      calls.push(data.map((d) => d.idempotency_key))
      // The first call waits until the test lets it go, so others queue behind it.
      if (calls.length === 1) {
        await new Promise<void>((r) => (release = r))
      }
      const fresh = data.filter((d) => !rows.has(d.idempotency_key))
      for (const d of fresh) {
        rows.set(d.idempotency_key, { id: `noti_${d.idempotency_key}`, idempotency_key: d.idempotency_key, status: opts.fail?.includes(d.idempotency_key) ? "failure" : "success" })
      }
      if (fresh.some((d) => opts.fail?.includes(d.idempotency_key))) {
        throw new Error("provider down")
      }
      return fresh.map((d) => rows.get(d.idempotency_key)!)
    }),
    listNotifications: jest.fn(async (filter: { idempotency_key: string[] }) => filter.idempotency_key.flatMap((k) => (rows.has(k) ? [rows.get(k)!] : []))),
  }
  return { module: module as unknown as INotificationModuleService, calls, release: () => release?.() }
}

const note = (key: string): KeyedNotification => ({ to: "a@example.com", channel: "email", template: "t", idempotency_key: key })
const flush = () => new Promise((r) => setImmediate(r))

describe("NotificationBatch", () => {
  it("sends those asked for while a call is in flight together in the next call", async () => {
    const fake = fakeModule()
    const batch = new NotificationBatch(fake.module)
    const first = [batch.send(note("a")), batch.send(note("b"))]
    await flush()
    const later = [batch.send(note("c")), batch.send(note("d")), batch.send(note("e"))]
    fake.release()
    const answers = await Promise.all([...first, ...later])
    expect(fake.calls).toEqual([["a", "b"], ["c", "d", "e"]])
    expect(answers.map((n) => n?.id)).toEqual(["noti_a", "noti_b", "noti_c", "noti_d", "noti_e"])
  })

  it("sends a key asked for twice once, and answers both; a key sent before answers null", async () => {
    const fake = fakeModule({ sentBefore: ["old"] })
    const batch = new NotificationBatch(fake.module)
    const answers = Promise.all([batch.send(note("x")), batch.send(note("x")), batch.send(note("old"))])
    await flush()
    fake.release()
    expect((await answers).map((n) => n?.id ?? null)).toEqual(["noti_x", "noti_x", null])
    expect(fake.calls).toEqual([["x", "old"]])
  })

  it("answers the ones that went out when another in the call failed, and rejects the failed one", async () => {
    const fake = fakeModule({ fail: ["bad"] })
    const batch = new NotificationBatch(fake.module)
    const good = batch.send(note("good"))
    const bad = batch.send(note("bad"))
    await flush()
    fake.release()
    await expect(good).resolves.toMatchObject({ id: "noti_good" })
    await expect(bad).rejects.toThrow("provider down")
  })
})
