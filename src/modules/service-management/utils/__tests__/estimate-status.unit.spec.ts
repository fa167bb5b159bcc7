import { assertEstimateAnswerable, assertEstimateSendable, effectiveEstimateStatus, replacedEstimateStatus } from "../estimate-status"

const now = new Date("2026-06-01T12:00:00Z")
const order = { number: "SO-000001", posted_at: null, stage: { code: "requested", is_terminal: false } }
const sent = { version: 1, status: "sent" as const, valid_until: "2026-06-10T00:00:00Z", answered_at: null }

describe("estimate rules", () => {
  it("reads a sent estimate past its date as expired, and replaces it as expired", () => {
    expect(effectiveEstimateStatus(sent, now)).toBe("sent")
    const late = { ...sent, valid_until: "2026-05-31T00:00:00Z" }
    expect(effectiveEstimateStatus(late, now)).toBe("expired")
    expect(replacedEstimateStatus(late, now)).toBe("expired")
    expect(replacedEstimateStatus({ ...sent, status: "accepted" }, now)).toBe("superseded")
  })

  it("lets the customer answer only a sent, valid estimate (409 naming the state otherwise)", () => {
    expect(() => assertEstimateAnswerable(order, sent, now)).not.toThrow()
    expect(() => assertEstimateAnswerable(order, null, now)).toThrow(/no estimate waiting/)
    expect(() => assertEstimateAnswerable(order, { ...sent, status: "draft" }, now)).toThrow(/no estimate waiting/)
    expect(() => assertEstimateAnswerable(order, { ...sent, status: "accepted", answered_at: "2026-06-02T00:00:00Z" }, now)).toThrow(
      /already accepted on 2026-06-02/
    )
    expect(() => assertEstimateAnswerable(order, { ...sent, valid_until: "2026-05-01T00:00:00Z" }, now)).toThrow(/expired on 2026-05-01/)
    expect(() => assertEstimateAnswerable(order, { ...sent, status: "superseded" }, now)).toThrow(/replaced by a newer version/)
  })

  it("sends only a draft of an open, unposted order with a future date", () => {
    const draft = { version: 2, status: "draft" as const }
    expect(() => assertEstimateSendable(order, draft, "2026-06-20", now)).not.toThrow()
    expect(() => assertEstimateSendable(order, draft, null, now)).toThrow(/needs valid_until/)
    expect(() => assertEstimateSendable(order, draft, "2026-05-20", now)).toThrow(/must lie in the future/)
    expect(() => assertEstimateSendable(order, sent, "2026-06-20", now)).toThrow(/only a draft is sent/)
    expect(() => assertEstimateSendable(order, null, "2026-06-20", now)).toThrow(/draft one first/)
    expect(() => assertEstimateSendable({ ...order, posted_at: now }, draft, "2026-06-20", now)).toThrow(/posted/)
    expect(() => assertEstimateSendable({ ...order, stage: { code: "closed", is_terminal: true } }, draft, "2026-06-20", now)).toThrow(/terminal/)
  })
})
