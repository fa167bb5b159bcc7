import { assertAgreementEditable, planAgreementMove } from "../agreement-status"
import { ServiceAgreementAction, ServiceAgreementStatus } from "../../../../types/enums"

const now = new Date("2026-06-01T10:00:00Z")
const agreement = (status: ServiceAgreementStatus, over: Record<string, unknown> = {}) => ({
  number: "SA-000001",
  status,
  customer_id: "cus_1",
  ...over,
})

describe("planAgreementMove", () => {
  it.each([
    ["draft", "activate", "active"],
    ["active", "suspend", "suspended"],
    ["suspended", "resume", "active"],
    ["draft", "cancel", "cancelled"],
    ["active", "cancel", "cancelled"],
    ["suspended", "cancel", "cancelled"],
    ["active", "expire", "expired"],
    ["suspended", "expire", "expired"],
  ])("%s --%s--> %s", (from, action, to) => {
    expect(planAgreementMove(agreement(from as ServiceAgreementStatus), action as ServiceAgreementAction, { lineCount: 1, now }).to).toBe(to)
  })

  it.each([
    ["active", "activate"],
    ["draft", "suspend"],
    ["active", "resume"],
    ["draft", "expire"],
    ["cancelled", "activate"],
    ["expired", "resume"],
    ["cancelled", "cancel"],
  ])("refuses %s --%s-->", (from, action) => {
    expect(() => planAgreementMove(agreement(from as ServiceAgreementStatus), action as ServiceAgreementAction, { lineCount: 1, now })).toThrow(
      /is only possible from/
    )
  })

  it("refuses to activate without lines, without a customer, after the end, or a template", () => {
    expect(() => planAgreementMove(agreement("draft"), "activate", { lineCount: 0, now })).toThrow(/has no lines/)
    expect(() => planAgreementMove(agreement("draft", { customer_id: null }), "activate", { lineCount: 1, now })).toThrow(/no customer/)
    expect(() => planAgreementMove(agreement("draft", { valid_to: "2026-05-31T00:00:00Z" }), "activate", { lineCount: 1, now })).toThrow(/ended/)
    expect(() => planAgreementMove(agreement("draft", { is_template: true }), "activate", { lineCount: 1, now })).toThrow(/template/)
  })

  it("keeps suspension periods: suspend opens one, resume closes it", () => {
    const suspended = planAgreementMove(agreement("active"), "suspend", { lineCount: 1, now })
    expect(suspended.set.suspensions).toEqual([{ from: "2026-06-01T10:00:00.000Z", to: null }])
    const later = new Date("2026-06-15T08:00:00Z")
    const resumed = planAgreementMove(
      agreement("suspended", { suspensions: suspended.set.suspensions }),
      "resume",
      { lineCount: 1, now: later }
    )
    expect(resumed.set.suspensions).toEqual([{ from: "2026-06-01T10:00:00.000Z", to: "2026-06-15T08:00:00.000Z" }])
    expect(resumed.set.suspended_at).toBeNull()
  })
})

describe("assertAgreementEditable", () => {
  it("allows draft, active and suspended agreements to change and refuses ended ones", () => {
    for (const status of ["draft", "active", "suspended"] as ServiceAgreementStatus[]) {
      expect(() => assertAgreementEditable({ number: "SA-1", status })).not.toThrow()
    }
    for (const status of ["expired", "cancelled"] as ServiceAgreementStatus[]) {
      expect(() => assertAgreementEditable({ number: "SA-1", status })).toThrow(/can no longer be changed/)
    }
  })
})
