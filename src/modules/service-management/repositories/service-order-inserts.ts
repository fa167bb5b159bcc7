import { Context } from "@medusajs/framework/types"
import { ServiceOrder, ServiceOrderLine, SlaEvent, StageTransition } from "../models"
import { Numbered } from "../utils/numbers"
import { DmlModel, InsertRow, insertStatement } from "./common/insert"
import { executeBound, SqlRepository } from "./common/sql"
import { counterAllocation } from "./number-sequences"

type OrderRow = InsertRow<typeof ServiceOrder>
type OfOrder<M extends DmlModel> = Omit<InsertRow<M>, "service_order_id">
/** The columns a row must name; the others may be left to their start value below. */
type NewRow<Row, Required extends keyof Row> = Pick<Row, Required> & Partial<Row>

export type NewServiceOrder = NewRow<Omit<OrderRow, keyof Numbered>, "customer_id" | "stage_id" | "currency_code">
export type NewServiceOrderLine = NewRow<OfOrder<typeof ServiceOrderLine>, "type" | "description" | "quantity">
export type NewStageTransition = NewRow<OfOrder<typeof StageTransition>, "to_stage_id" | "to_stage_code" | "actor_type">
export type NewSlaEvent = NewRow<OfOrder<typeof SlaEvent>, "type" | "occurred_at">

/** A new service order with its lines, the first row of its stage history and the `start` of its SLA log (if it has an SLA). */
export type ServiceOrderWithHistory = {
  order: NewServiceOrder
  lines: NewServiceOrderLine[]
  transition: NewStageTransition
  sla_event: NewSlaEvent | null
}
/** The orders written and the ids of every row written with them, each in the order given (orders, then each order's rows). */
export type WrittenServiceOrders = {
  orders: ({ id: string } & Numbered)[]
  line_ids: string[]
  transition_ids: string[]
  sla_event_ids: string[]
}

/** What a new order starts with where the caller says nothing: the model's defaults, no SLA, no totals yet. */
const ORDER_START: Omit<OrderRow, keyof Numbered | "customer_id" | "stage_id" | "currency_code"> = {
  title: null,
  description: null,
  internal_note: null,
  priority: "normal",
  channel: "admin",
  address: null,
  preferred_start: null,
  preferred_end: null,
  revenue_total: 0,
  cost_total: 0,
  margin_total: 0,
  stage_changed_at: null,
  closed_at: null,
  canceled_at: null,
  response_due_at: null,
  resolution_due_at: null,
  responded_at: null,
  resolved_at: null,
  sla_paused_at: null,
  response_breached_at: null,
  resolution_breached_at: null,
  response_actual_minutes: null,
  resolution_actual_minutes: null,
  posted_at: null,
  posted_by: null,
  posted_order_id: null,
  created_by: null,
  metadata: null,
  service_object_id: null,
  agreement_id: null,
  sla_id: null,
}
const LINE_START: Omit<OfOrder<typeof ServiceOrderLine>, "type" | "description" | "quantity"> = {
  service_task_id: null,
  product_variant_id: null,
  technician_id: null,
  work_date: null,
  unit_cost: 0,
  unit_price: 0,
  billable: true,
  metadata: null,
}
const TRANSITION_START: Omit<OfOrder<typeof StageTransition>, "to_stage_id" | "to_stage_code" | "actor_type"> = {
  from_stage_id: null,
  from_stage_code: null,
  reason_code: null,
  note: null,
  actor_id: null,
}
const SLA_EVENT_START: Omit<OfOrder<typeof SlaEvent>, "type" | "occurred_at"> = {
  metric: null,
  reason_code: null,
  note: null,
  source: "manual",
  actor_type: "system",
  actor_id: null,
}

/** Where a batch's numbers come from: the counter's scope, and how a number is written (`formatNumber`). */
export type ServiceOrderNumbering = { scope: string; prefix: string; padding: number }

/** New service orders written set-based: a batch of orders, numbered, with their lines and first history in one statement. */
export class ServiceOrderInsertRepository extends SqlRepository {
  /**
   * Inserts orders numbered from `numbering`'s counter, their lines, stage history rows and SLA
   * starts — one `INSERT … SELECT` per table, whatever the number of orders, all in one statement
   * after the counter's allocation — created at `at` (the instant their SLA due times count from).
   * One statement is all-or-nothing by itself, and the counter row, locked from the allocation to
   * the end of the transaction, is held for no round trip to the server in between: concurrent
   * creates queue for that row only while the statement runs (and, in a caller's transaction,
   * until that commits).
   */
  async insertWithHistory(
    orders: ServiceOrderWithHistory[],
    numbering: ServiceOrderNumbering,
    at: Date,
    sharedContext: Context = {}
  ): Promise<WrittenServiceOrders> {
    if (!orders.length) {
      return { orders: [], line_ids: [], transition_ids: [], sla_event_ids: [] }
    }
    const counter = counterAllocation(numbering.scope, orders.length)
    // Each order's row carries its place in the batch as display_id and the prefix as number: the
    // statement adds the counter's value before the batch, and writes the number as formatNumber.
    const displayId = `((SELECT last_value FROM counter) - ${orders.length} + v."display_id")`
    const padding = Math.trunc(numbering.padding)
    const orderInsert = insertStatement(
      ServiceOrder,
      orders.map(({ order }, i) => ({ ...ORDER_START, ...order, display_id: i + 1, number: numbering.prefix })),
      at,
      { display_id: displayId, number: `v."number" || lpad(${displayId}::text, greatest(${padding}, length(${displayId}::text)), '0')` }
    )
    const ofOrder = <Row>(pick: (o: ServiceOrderWithHistory) => Row[]) =>
      orders.flatMap((o, i) => pick(o).map((row) => ({ ...row, service_order_id: orderInsert.ids[i] })))
    const inserts = [
      insertStatement(ServiceOrderLine, ofOrder((o) => o.lines.map((l) => ({ ...LINE_START, ...l }))), at),
      insertStatement(StageTransition, ofOrder((o) => [{ ...TRANSITION_START, ...o.transition }]), at),
      insertStatement(SlaEvent, ofOrder((o) => (o.sla_event ? [{ ...SLA_EVENT_START, ...o.sla_event }] : [])), at),
    ]
    // Rows of other tables name their order by the id made here; the foreign keys are checked at
    // the statement's end, when every order exists.
    const written = inserts.filter((insert) => insert.ids.length)
    const numbered = await executeBound<{ id: string } & Numbered>(
      this.manager(sharedContext),
      `WITH counter AS (${counter.sql}),
        orders AS (${orderInsert.sql} RETURNING id, display_id, number)
        ${written.map((insert, i) => `, rows_${i} AS (${insert.sql})`).join("\n")}
      SELECT id, display_id, number FROM orders`,
      [...counter.params, ...orderInsert.params, ...written.flatMap((insert) => insert.params)]
    )
    const byId = new Map(numbered.map((o) => [o.id, o]))
    return {
      // In the order given (not Postgres's order of returning them).
      orders: orderInsert.ids.map((id) => ({ id, display_id: Number(byId.get(id)!.display_id), number: byId.get(id)!.number })),
      line_ids: inserts[0].ids,
      transition_ids: inserts[1].ids,
      sla_event_ids: inserts[2].ids,
    }
  }
}
