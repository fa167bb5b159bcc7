import { AuthenticatedMedusaRequest as MedusaRequest } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { customerEstimate, loadServiceEstimates } from "../../utils/service-estimates"
import { storeServiceOrderFields } from "./query-config"

/** Read for every order besides the requested fields, to compute the view; never answered as such. */
export const CUSTOMER_VIEW_INTERNAL_FIELDS = ["id", "posted_at", "canceled_at", "stage.code", "stage.allow_customer_cancel"]

const ORDER_KEYS = storeServiceOrderFields.filter((f) => !f.includes("."))
const OBJECT_KEYS = storeServiceOrderFields.filter((f) => f.startsWith("service_object.")).map((f) => f.slice(15))
const LINE_KEYS = storeServiceOrderFields.filter((f) => f.startsWith("lines.")).map((f) => f.slice(6))
// Assignments a customer may see: a cancelled one is no visit.
const LIVE_ASSIGNMENT_STATUSES: ("planned" | "in_progress" | "done")[] = ["planned", "in_progress", "done"]

type Stage = { code: string; name: string; color: string | null; is_terminal: boolean; customer_visible: boolean }
type Transition = { service_order_id: string; to_stage_code: string; created_at: Date | string }
type Visit = { technician: { first_name: string | null }; starts_at: Date; ends_at: Date; status: string }
type Row = Record<string, unknown>
type AssignmentRow = Omit<Visit, "technician"> & { service_order_id: string; technician?: { first_name: string | null } | null }

/** An order as read for the view: the requested allowlisted fields plus CUSTOMER_VIEW_INTERNAL_FIELDS. */
export type CustomerOrderRow = Row & {
  id: string
  stage: { code: string; allow_customer_cancel?: boolean | null }
  posted_at?: Date | string | null
  canceled_at?: Date | string | null
  service_object?: Row | null
  lines?: Row[] | null
}

/** What the customer reads: the allowlisted keys asked for, and the computed stage, visits and timeline. */
export type CustomerServiceOrderView = Row & {
  stage: ReturnType<typeof stageView>
  can_cancel: boolean
  visits: Visit[]
  service_object?: Row | null
  lines?: Row[]
  timeline?: ReturnType<typeof customerTimeline>
  /** On one order's answer: the estimate sent to the customer (null when none was sent). */
  estimate?: ReturnType<typeof customerEstimate>
}

export type CustomerViewContext = {
  stages: Map<string, Stage>
  transitions: Map<string, Transition[]>
  visits: Map<string, Visit[]>
}

const pick = (row: Row, keys: string[]): Row =>
  Object.fromEntries(keys.filter((k) => k in row).map((k) => [k, row[k]]))

function groupBy<T extends { service_order_id: string }>(rows: T[]) {
  const map = new Map<string, T[]>()
  for (const row of rows) {
    map.set(row.service_order_id, [...(map.get(row.service_order_id) ?? []), row])
  }
  return map
}

/**
 * Stages, stage history and live assignments (with the technician's first name only) of the
 * given orders: three queries whatever the number of orders.
 */
export async function loadCustomerViewContext(scope: MedusaContainer, orderIds: string[]): Promise<CustomerViewContext> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  if (!orderIds.length) {
    return { stages: new Map(), transitions: new Map(), visits: new Map() }
  }
  const [{ data: stages }, { data: transitions }, { data: assignments }] = await Promise.all([
    query.graph({ entity: "service_stage", fields: ["code", "name", "color", "is_terminal", "customer_visible"] }),
    // Read through the module: Query resolves entities by service key, and this one is `StageTransition`.
    scope
      .resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
      .listStageTransitions(
        { service_order_id: orderIds },
        { select: ["service_order_id", "to_stage_code", "created_at"], order: { created_at: "ASC" } }
      )
      .then((data) => ({ data })),
    query.graph({
      entity: "service_assignment",
      fields: ["service_order_id", "starts_at", "ends_at", "status", "technician.first_name"],
      filters: { service_order_id: orderIds, status: LIVE_ASSIGNMENT_STATUSES },
      pagination: { order: { starts_at: "ASC" } },
    }),
  ])
  const visits = (assignments as AssignmentRow[]).map((a) => ({
    service_order_id: a.service_order_id,
    technician: { first_name: a.technician?.first_name ?? null },
    starts_at: a.starts_at,
    ends_at: a.ends_at,
    status: a.status,
  }))
  return {
    stages: new Map((stages as Stage[]).map((s) => [s.code, s])),
    transitions: groupBy(transitions as Transition[]),
    visits: groupBy(visits) as unknown as Map<string, Visit[]>,
  }
}

/** A stage as the customer sees it: code and name (a removed stage keeps its code as name). */
const stageView = (code: string, stages: Map<string, Stage>) => {
  const stage = stages.get(code)
  return { code, name: stage?.name ?? code, color: stage?.color ?? null, is_terminal: stage?.is_terminal ?? false }
}

/**
 * The stage history a customer sees: entries into stages marked `customer_visible`, with their
 * dates; who moved it, reasons and notes stay internal.
 */
export function customerTimeline(transitions: Transition[], stages: Map<string, Stage>) {
  return transitions
    .filter((t) => stages.get(t.to_stage_code)?.customer_visible !== false)
    .map((t) => ({ ...stageView(t.to_stage_code, stages), entered_at: t.created_at }))
}

/**
 * An order as its customer may see it. `row` was read with the allowlisted fields plus
 * CUSTOMER_VIEW_INTERNAL_FIELDS; only allowlisted keys are copied. While the order is in a stage
 * hidden from customers, the view shows the last visible stage it entered.
 */
export function toCustomerServiceOrder(
  row: CustomerOrderRow,
  ctx: CustomerViewContext,
  { timeline = false, fields = storeServiceOrderFields }: { timeline?: boolean; fields?: string[] } = {}
) {
  // What was asked for (the allowlisted fields the request named), not what was read besides.
  const asked = new Set(fields)
  const history = customerTimeline(ctx.transitions.get(row.id) ?? [], ctx.stages)
  const current = row.stage.code
  const shown = ctx.stages.get(current)?.customer_visible === false && history.length ? history[history.length - 1].code : current
  // A cancelled order keeps only the visits that took place, whatever dispatch has not cleaned up yet.
  const visits = (ctx.visits.get(row.id) ?? []).filter((v) => !row.canceled_at || v.status === "done")
  const view: CustomerServiceOrderView = {
    ...pick(row, ORDER_KEYS.filter((k) => asked.has(k))),
    stage: stageView(shown, ctx.stages),
    can_cancel: !!row.stage.allow_customer_cancel && !row.posted_at,
    visits: visits.map(({ technician, starts_at, ends_at, status }) => ({ technician, starts_at, ends_at, status })),
  }
  if ("service_object" in row && fields.some((f) => f.startsWith("service_object."))) {
    view.service_object = row.service_object ? pick(row.service_object, OBJECT_KEYS) : null
  }
  if (Array.isArray(row.lines) && fields.some((f) => f.startsWith("lines."))) {
    view.lines = row.lines.map((l) => pick(l, LINE_KEYS))
  }
  if (timeline) {
    view.timeline = history
  }
  return view
}

/**
 * The customer's orders matching `filters`, as customer views; list paging when `paged`. Routes
 * without a query config (POST answers) read the full allowlist.
 */
export async function listCustomerServiceOrders(
  req: MedusaRequest,
  filters: Record<string, unknown>,
  { paged, timeline = false }: { paged: boolean; timeline?: boolean }
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const fields: string[] = req.queryConfig?.fields ?? storeServiceOrderFields
  const { data, metadata } = await query.graph({
    entity: "service_order",
    fields: [...new Set([...fields, ...CUSTOMER_VIEW_INTERNAL_FIELDS])],
    filters: { ...filters, customer_id: req.auth_context!.actor_id },
    ...(paged ? { pagination: req.queryConfig.pagination } : {}),
  })
  const rows = data as CustomerOrderRow[]
  const ids = rows.map((o) => o.id)
  const ctx = await loadCustomerViewContext(req.scope, ids)
  // One order's answer (with its timeline) also shows its estimate.
  const estimates = timeline ? await loadServiceEstimates(req.scope, ids) : null
  return {
    rows: rows.map((o) => ({
      ...toCustomerServiceOrder(o, ctx, { timeline, fields }),
      ...(estimates ? { estimate: customerEstimate(estimates.get(o.id)) } : {}),
    })),
    metadata,
  }
}
