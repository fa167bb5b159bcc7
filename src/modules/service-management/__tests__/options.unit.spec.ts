import { DEFAULT_STAGES } from "../default-stages"
import { resolveOptions } from "../options"

describe("resolveOptions", () => {
  it("fills defaults", () => {
    const options = resolveOptions(undefined)
    expect(options.numberPrefixes.serviceOrder).toBe("SO-")
    expect(options.numberPadding).toBe(6)
    expect(options.defaultCurrencyCode).toBe("usd")
    expect(options.defaultStages.map((s) => s.code)).toEqual(DEFAULT_STAGES.map((s) => s.code))
    expect(options.numberPrefixes.serviceAgreement).toBe("SA-")
    expect(options.jobs.slaBreachCheck).toEqual({ schedule: "*/5 * * * *", enabled: true })
    expect(options.jobs.agreementGeneration).toEqual({ schedule: "0 2 * * *", enabled: true })
    expect(options.jobs.estimateExpiry).toEqual({ schedule: "*/15 * * * *", enabled: true })
    expect(options.defaultSla).toBeNull()
  })

  it("takes job schedules and a default SLA", () => {
    const options = resolveOptions({
      jobs: { slaBreachCheck: { schedule: "*/1 * * * *" } },
      defaultSla: {
        code: "STD",
        name: "Standard",
        response_minutes: 240,
        resolution_minutes: 960,
        timezone: "Europe/Berlin",
        working_hours: { 1: [{ start: "08:00", end: "17:00" }] },
      },
    })
    expect(options.jobs.slaBreachCheck.schedule).toBe("*/1 * * * *")
    expect(options.jobs.agreementGeneration.schedule).toBe("0 2 * * *")
    expect(options.defaultSla).toEqual(expect.objectContaining({ code: "STD", holidays: [] }))
  })

  it("takes the default service role, service manager unless set, and refuses unknown roles", () => {
    expect(resolveOptions(undefined).roles).toEqual({
      default: "service_manager",
      core_routes: { restrict: true, allow: { dispatcher: [], technician: [], consultant: [] } },
    })
    expect(resolveOptions({ roles: { default: "none" } }).roles.default).toBe("none")
    expect(resolveOptions({ roles: { default: "technician" } }).roles.default).toBe("technician")
    expect(() => resolveOptions({ roles: { default: "admin" } })).toThrow(/roles\.default/)
    expect(() => resolveOptions({ roles: { default: "none", extra: 1 } })).toThrow(/roles/)
  })

  it("takes extra Medusa admin routes per restricted role, and the opt-out", () => {
    const roles = resolveOptions({ roles: { core_routes: { allow: { technician: ["GET /admin/customers*", "POST /admin/orders/:id"] } } } }).roles
    expect(roles.core_routes).toEqual({
      restrict: true,
      allow: { dispatcher: [], technician: ["GET /admin/customers*", "POST /admin/orders/:id"], consultant: [] },
    })
    expect(resolveOptions({ roles: { core_routes: { restrict: false } } }).roles.core_routes.restrict).toBe(false)
  })

  it.each([
    ["get /admin/orders", /roles\.core_routes\.allow\.technician\.0: must be "METHOD \/admin\/path"/],
    ["GET /store/products", /must be "METHOD \/admin\/path"/],
    ["PUT /admin/orders", /must be "METHOD \/admin\/path"/],
    ["GET /admin/orders*/x", /must be "METHOD \/admin\/path"/],
    ["GET admin/orders", /must be "METHOD \/admin\/path"/],
    ["GET /admin/service-orders", /technician\.0: names a route of this plugin/],
  ])("refuses the core route entry %p at start-up", (entry, message) => {
    expect(() => resolveOptions({ roles: { core_routes: { allow: { technician: [entry] } } } })).toThrow(message)
  })

  it.each([
    [{ roles: { core_routes: { allow: { service_manager: ["GET /admin/orders"] } } } }, /roles\.core_routes\.allow/],
    [{ roles: { core_routes: { restrict: "no" } } }, /roles\.core_routes\.restrict/],
    [{ roles: { core_routes: { allow: { dispatcher: "GET /admin/orders" } } } }, /roles\.core_routes\.allow\.dispatcher/],
  ])("refuses malformed core_routes %#", (options, message) => {
    expect(() => resolveOptions(options)).toThrow(message)
  })

  it("keeps unknown keys of later features", () => {
    expect(resolveOptions({ reports: { x: 1 } })).toEqual(expect.objectContaining({ reports: { x: 1 } }))
  })

  it.each([
    [{ numberPadding: 0 }, /numberPadding/],
    [{ defaultCurrencyCode: "euro" }, /defaultCurrencyCode/],
    [{ numberPrefixes: { serviceOrder: 5 } }, /numberPrefixes.serviceOrder/],
    [{ defaultStages: [{ code: "a", name: "A", position: 1, next_stage_codes: ["b"], is_initial: true }] }, /unknown next stages b/],
    [{ defaultStages: [{ code: "a", name: "A", position: 1, next_stage_codes: [] }] }, /exactly one stage with is_initial/],
    [{ jobs: { slaBreachCheck: { schedule: "every five minutes" } } }, /jobs.slaBreachCheck.schedule/],
    [{ jobs: { nightly: {} } }, /jobs/],
    [
      { defaultSla: { code: "X", name: "X", response_minutes: 60, resolution_minutes: 120, timezone: "Mars/Base", working_hours: { 1: [{ start: "09:00", end: "17:00" }] } } },
      /not an IANA time zone/,
    ],
  ])("refuses %j at start-up", (options, message) => {
    expect(() => resolveOptions(options)).toThrow(message)
  })
})

describe("resolveOptions: notifications", () => {
  it("sends email notifications by default and takes another channel or none", () => {
    expect(resolveOptions(undefined).notifications).toEqual({ enabled: true, channel: "email" })
    expect(resolveOptions({ notifications: { channel: "sms" } }).notifications).toEqual({ enabled: true, channel: "sms" })
    expect(resolveOptions({ notifications: { enabled: false } }).notifications.enabled).toBe(false)
  })

  it.each([[{ notifications: { channel: "" } }], [{ notifications: { enabled: "yes" } }], [{ notifications: { templates: {} } }]])(
    "refuses %j at start-up",
    (options) => {
      expect(() => resolveOptions(options)).toThrow(/notifications/)
    }
  )
})

describe("resolveOptions: estimates", () => {
  it("moves a declined estimate's order to the cancellation stage with the customer's reason by default", () => {
    expect(resolveOptions(undefined).estimates).toEqual({ declineStage: "cancelled", declineReason: "customer_request" })
  })

  it("takes another seeded stage, or none", () => {
    expect(resolveOptions({ estimates: { declineStage: "closed", declineReason: null } }).estimates).toEqual({
      declineStage: "closed",
      declineReason: null,
    })
    expect(resolveOptions({ estimates: { declineStage: null } }).estimates).toEqual({ declineStage: null, declineReason: null })
  })

  it.each([
    [{ estimates: { declineStage: "on_hold" } }, /estimates.declineStage "on_hold" is not a stage of defaultStages/],
    [{ estimates: { declineStage: "cancelled", declineReason: "too_expensive" } }, /"too_expensive" is not a reason of stage "cancelled"/],
    [{ estimates: { declineStage: "cancelled", declineReason: null } }, /stage "cancelled" requires a reason/],
    [{ estimates: { declineStage: "Cancelled" } }, /estimates.declineStage/],
    [{ estimates: { stage: "cancelled" } }, /estimates/],
  ])("refuses %j at start-up", (options, message) => {
    expect(() => resolveOptions(options)).toThrow(message)
  })
})
