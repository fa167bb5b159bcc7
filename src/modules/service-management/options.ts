import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { DEFAULT_STAGES } from "./default-stages"
import { validateBusinessCalendar } from "./utils/business-time"
// The plugin's admin paths are the API's permission table: an option may not name one.
import { isPluginAdminPath } from "../../api/core-routes"
import { parseRouteEntry } from "./utils/route-match"
import { stageFlagFields } from "./utils/stage-flags"
import { ENTITLEMENT_OPTIONS, STAGE_FLAGS, StageFlag } from "../../types"

const StageSeed = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: z.string().min(1),
  description: z.string().optional(),
  position: z.number().int(),
  color: z.string().optional(),
  // Every flag but is_active: a seeded stage starts active.
  ...stageFlagFields(STAGE_FLAGS.filter((flag): flag is Exclude<StageFlag, "is_active"> => flag !== "is_active")),
  sla_action: z.enum(["respond", "resolve", "pause", "resume"]).nullish(),
  next_stage_codes: z.array(z.string()),
  reasons: z.array(z.object({ code: z.string(), label: z.string() })).optional(),
})
export type StageSeed = z.infer<typeof StageSeed>
export type StageSeedInput = z.input<typeof StageSeed>

// Five or six cron fields (seconds optional), as Medusa's scheduled jobs take them.
const CRON = /^\s*(\S+\s+){4,5}\S+\s*$/
const schedule = (fallback: string) =>
  z
    .string()
    .regex(CRON, "must be a cron expression with 5 or 6 fields, e.g. \"*/5 * * * *\"")
    .default(fallback)

const JobOptions = (fallback: string) =>
  z
    .object({ schedule: schedule(fallback), enabled: z.boolean().default(true) })
    .strict()
    .default({ schedule: fallback, enabled: true })

/** An SLA created on first start when none is marked default (the fallback for every order). */
const DefaultSla = z
  .object({
    code: z.string().min(1),
    name: z.string().min(1),
    response_minutes: z.number().int().positive(),
    resolution_minutes: z.number().int().positive(),
    timezone: z.string().min(1),
    working_hours: z.record(z.string(), z.array(z.object({ start: z.string(), end: z.string() }))),
    holidays: z.array(z.object({ from: z.string(), to: z.string().nullish(), name: z.string().nullish() })).default([]),
  })
  .strict()
  .superRefine((sla, ctx) => {
    for (const problem of validateBusinessCalendar(sla)) {
      ctx.addIssue({ code: "custom", message: problem })
    }
  })

/** One Medusa admin route a restricted role may use, e.g. "GET /admin/customers*". */
const CoreRouteEntry = z
  .string()
  .refine((entry) => !!parseRouteEntry(entry), {
    message:
      'must be "METHOD /admin/path": GET, POST or DELETE, lower-case segments or :param, an optional trailing * for every path below (e.g. "GET /admin/customers*")',
  })
  .refine((entry) => !isPluginAdminPath(parseRouteEntry(entry)?.matcher ?? "/admin"), {
    message: "names a route of this plugin, which the service permissions govern, not Medusa's admin routes",
  })

const NO_EXTRA_CORE_ROUTES = { dispatcher: [], technician: [], consultant: [] }
const CORE_ROUTES_DEFAULT = { restrict: true, allow: NO_EXTRA_CORE_ROUTES }

/** The plugin's options, as given under `plugins: [{ resolve, options }]`. Validated at start-up. */
export const ServiceManagementOptionsSchema = z
  .object({
    numberPrefixes: z
      .object({
        serviceOrder: z.string().max(10).default("SO-"),
        serviceAgreement: z.string().max(10).default("SA-"),
        serviceSubscription: z.string().max(10).default("SUB-"),
      })
      .strict()
      .default({ serviceOrder: "SO-", serviceAgreement: "SA-", serviceSubscription: "SUB-" }),
    numberPadding: z.number().int().min(1).max(12).default(6),
    defaultCurrencyCode: z.string().length(3).toLowerCase().default("usd"),
    defaultStages: z.array(StageSeed).min(1).default(DEFAULT_STAGES as StageSeed[]),
    defaultSla: DefaultSla.nullable().default(null),
    jobs: z
      .object({
        // Emits service_order.sla_breached for due times that passed unmet.
        slaBreachCheck: JobOptions("*/5 * * * *"),
        // Generates service orders from active agreements for occurrences due up to today.
        agreementGeneration: JobOptions("0 2 * * *"),
        // Creates and invoices the subscription fees due up to today.
        subscriptionBilling: JobOptions("0 3 * * *"),
        // Marks sent estimates nobody answered in time expired and resumes the SLA clocks they paused.
        estimateExpiry: JobOptions("*/15 * * * *"),
      })
      .strict()
      .default({
        slaBreachCheck: { schedule: "*/5 * * * *", enabled: true },
        agreementGeneration: { schedule: "0 2 * * *", enabled: true },
        subscriptionBilling: { schedule: "0 3 * * *", enabled: true },
        estimateExpiry: { schedule: "*/15 * * * *", enabled: true },
      }),
    posting: z
      .object({
        // false: posting only marks the service order posted (and emits service_order.posted) for an
        // external invoicing system; no Medusa order is created.
        createOrders: z.boolean().default(true),
        // Item lines with a stock-managed variant reserve stock at the sales channel's location.
        reserveInventory: z.boolean().default(true),
      })
      .strict()
      .default({ createOrders: true, reserveInventory: true }),
    /**
     * How long (seconds) a request waits for a database connection before it fails with a 503,
     * e.g. while PostgreSQL restarts (Medusa's pool waits 60 s); 0 keeps Medusa's wait.
     */
    databaseWaitSeconds: z.number().int().min(0).max(600).default(10),
    /** How far ahead (days) the generation job creates orders; 0 = only occurrences due today or earlier. */
    agreementGenerationHorizonDays: z.number().int().min(0).max(366).default(0),
    roles: z
      .object({
        // The service role of an admin user who has none assigned; "none" refuses such users every service route.
        default: z.enum(["service_manager", "dispatcher", "technician", "consultant", "none"]).default("service_manager"),
        // Medusa's own admin routes for dispatchers, technicians and consultants: refused but for
        // a default allowlist per role that `allow` extends; `restrict: false` leaves them open.
        core_routes: z
          .object({
            restrict: z.boolean().default(true),
            allow: z
              .object({
                dispatcher: z.array(CoreRouteEntry).default([]),
                technician: z.array(CoreRouteEntry).default([]),
                consultant: z.array(CoreRouteEntry).default([]),
              })
              .strict()
              .default(NO_EXTRA_CORE_ROUTES),
          })
          .strict()
          .default(CORE_ROUTES_DEFAULT),
      })
      .strict()
      .default({ default: "service_manager", core_routes: CORE_ROUTES_DEFAULT }),
    /** Customer notifications sent by the plugin's subscribers through Medusa's notification module. */
    notifications: z
      .object({
        enabled: z.boolean().default(true),
        // The notification channel; a provider for it must be configured in the notification module.
        channel: z.string().min(1).default("email"),
      })
      .strict()
      .default({ enabled: true, channel: "email" }),
    /** Returns for repair (RMA). */
    returns: z
      .object({
        // Customers may request a return for repair of an order's items this many days after ordering.
        windowDays: z.number().int().min(0).max(3650).default(30),
        numberPrefix: z.string().max(10).default("RMA-"),
      })
      .strict()
      .default({ windowDays: 30, numberPrefix: "RMA-" }),
    /**
     * The service task whose price (the labour) an entitlement option costs when nothing covers
     * it (task codes, e.g. `{ on_site_visit: "visit" }`); an option without one is priced when
     * quoted. `parts`: the typical parts amount of a repair option, added to its labour, with the
     * warranty's parts coverage applied to it (e.g. `{ mail_in_repair: 40 }`).
     */
    entitlement: z
      .object({
        tasks: z.partialRecord(z.enum(ENTITLEMENT_OPTIONS), z.string().min(1)).default({}),
        parts: z.partialRecord(z.enum(ENTITLEMENT_OPTIONS), z.number().min(0).max(1_000_000)).default({}),
      })
      .strict()
      .default({ tasks: {}, parts: {} }),
    /** Repair estimates the customer answers. */
    estimates: z
      .object({
        // The stage a declined estimate moves its order to (when the stage rules let it follow the
        // current one); null leaves the order where it is. Default: the seeded cancellation stage.
        declineStage: z.string().regex(/^[a-z][a-z0-9_]*$/).nullable().optional(),
        // The reason code of that move. Default: "customer_request" when that stage has it, else its first reason.
        declineReason: z.string().min(1).nullable().optional(),
      })
      .strict()
      .default({}),
  })
  // Unknown keys are allowed so options of later features and of the host do not break start-up.
  .passthrough()

export type ServiceManagementOptions = z.input<typeof ServiceManagementOptionsSchema>
// The estimate options come out of resolveOptions defaulted from the stages.
export type ResolvedServiceManagementOptions = z.output<typeof ServiceManagementOptionsSchema> & { estimates: EstimateOptions }

export function resolveOptions(options: unknown): ResolvedServiceManagementOptions {
  const parsed = ServiceManagementOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `Invalid options for medusa-plugin-service-management: ${issues.join("; ")}`
    )
  }
  const stages = parsed.data.defaultStages
  const codes = new Set(stages.map((s) => s.code))
  for (const s of stages) {
    const unknown = s.next_stage_codes.filter((c) => !codes.has(c))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        `Invalid options for medusa-plugin-service-management: stage "${s.code}" names unknown next stages ${unknown.join(", ")}`
      )
    }
  }
  if (stages.filter((s) => s.is_initial).length !== 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "Invalid options for medusa-plugin-service-management: defaultStages needs exactly one stage with is_initial"
    )
  }
  return { ...parsed.data, estimates: resolveEstimateOptions(parsed.data.estimates, stages) }
}

export type EstimateOptions = { declineStage: string | null; declineReason: string | null }

/** The decline stage and reason, defaulted from the seeded stages; one that is not seeded, or a reason the stage does not accept, stops start-up. */
function resolveEstimateOptions(given: { declineStage?: string | null; declineReason?: string | null }, stages: StageSeed[]): EstimateOptions {
  const invalid = (problem: string) =>
    new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Invalid options for medusa-plugin-service-management: ${problem}`)
  const code = given.declineStage === undefined ? stages.find((s) => s.is_cancellation)?.code ?? null : given.declineStage
  if (!code) {
    return { declineStage: null, declineReason: null }
  }
  const stage = stages.find((s) => s.code === code)
  if (!stage) {
    throw invalid(`estimates.declineStage "${code}" is not a stage of defaultStages (${stages.map((s) => s.code).join(", ")})`)
  }
  const reasons = (stage.reasons ?? []).map((r) => r.code)
  const reason =
    given.declineReason === undefined ? (reasons.includes("customer_request") ? "customer_request" : reasons[0] ?? null) : given.declineReason
  if (stage.requires_reason && !reason) {
    throw invalid(`estimates.declineReason is needed: stage "${code}" requires a reason (one of: ${reasons.join(", ") || "none defined"})`)
  }
  if (reason && !reasons.includes(reason)) {
    throw invalid(`estimates.declineReason "${reason}" is not a reason of stage "${code}" (valid: ${reasons.join(", ") || "none defined"})`)
  }
  return { declineStage: code, declineReason: reason }
}

const PACKAGE_NAME = "medusa-plugin-service-management"

/** A module or plugin entry of medusa-config as far as it is read here. */
type ConfigEntry = { key?: string; resolve?: unknown; options?: Record<string, unknown> } | null | undefined

/**
 * The options as the host app configured them, for code that runs outside the module and needs
 * them before any request (scheduled job definitions). Reads Medusa's loaded config: the
 * module's own options when it is registered under `modules`, else the plugin's options.
 * Falls back to the defaults when no config is loaded (e.g. in unit tests).
 */
export function resolveOptionsFromMedusaConfig(): ResolvedServiceManagementOptions {
  let options: unknown
  try {
    // Required lazily: the module must not depend on the app's config at import time.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { configManager } = require("@medusajs/framework/config")
    const config = configManager.config
    const modules = config?.modules ?? {}
    const moduleEntry = Array.isArray(modules)
      ? modules.find((m: ConfigEntry) => m?.key === "serviceManagement" || String(m?.resolve ?? "").includes("service-management"))
      : modules["serviceManagement"]
    const pluginEntry = (config?.plugins ?? []).find(
      (p: ConfigEntry | string) => typeof p === "object" && (p?.resolve === PACKAGE_NAME || String(p?.resolve ?? "").endsWith(`/${PACKAGE_NAME}`))
    )
    const moduleOptions = typeof moduleEntry === "object" ? moduleEntry?.options : undefined
    options = moduleOptions && Object.keys(moduleOptions).length ? moduleOptions : pluginEntry?.options
  } catch {
    options = undefined
  }
  return resolveOptions(options)
}
