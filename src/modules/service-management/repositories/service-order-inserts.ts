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

/**
 * A batch of new orders as its one statement (see `ServiceOrderInsertRepository.prepare`): what
 * the write sends and the ids it gives each row, and no longer the rows.
 */
export type ServiceOrdersInsert = {
  sql: string
  params: unknown[]
  ids: { orders: string[]; lines: string[]; transitions: string[]; sla_events: string[] }
}

/** Where a batch's numbers come from: the counter's scope, and how a number is written (`formatNumber`). */
export type ServiceOrderNumbering = { scope: string; prefix: string; padding: number }

/** New service orders written set-based: a batch of orders, numbered, with their lines and first history in one statement. */
export class ServiceOrderInsertRepository extends SqlRepository {
  /**
   * The statement that inserts orders numbered from `numbering`'s counter, their lines, stage
   * history rows and SLA starts — one `INSERT … SELECT` per table, whatever the number of orders,
   * all in one statement after the counter's allocation — created at `at` (the instant their SLA
   * due times count from). Made apart from its run (`insert`), so a caller that holds nothing of
   * the rows while the statement runs lets them go before it (they would be promoted to V8's old
   * generation otherwise: the write takes longer than the young generation lasts).
   */
  static prepare(orders: ServiceOrderWithHistory[], numbering: ServiceOrderNumbering, at: Date): ServiceOrdersInsert | null {
    if (!orders.length) {
      return null
    }
    const counter = counterAllocation(numbering.scope, orders.length)
    // Each order's row carries its place in the batch as display_id and the prefix as number: the
    // statement adds the counter's value before the batch, and writes the number as formatNumber.
    const displayId = `((SELECT last_value FROM counter) - ${orders.length} + v."display_id")`
    const padding = Math.trunc(numbering.padding)
    // The rows go as they are, the values they leave out as their kind's start values: no row is
    // copied with some 45 columns (see `insertStatement`).
    const orderInsert = insertStatement(ServiceOrder, orders.map(({ order }) => order), at, {
      computed: { display_id: displayId, number: `v."number" || lpad(${displayId}::text, greatest(${padding}, length(${displayId}::text)), '0')` },
      start: ORDER_START,
      byIndex: { display_id: (i: number) => i + 1, number: () => numbering.prefix },
      as: "bytes",
    })
    // Each order's rows of a kind, and the order each belongs to by its place among them.
    const ofOrder = <Row>(pick: (o: ServiceOrderWithHistory) => Row[]) => {
      const rows: Row[] = []
      const orderIds: string[] = []
      orders.forEach((o, i) => {
        for (const row of pick(o)) {
          rows.push(row)
          orderIds.push(orderInsert.ids[i])
        }
      })
      return { rows, byIndex: { service_order_id: (n: number) => orderIds[n] } }
    }
    const lines = ofOrder((o) => o.lines)
    const transitions = ofOrder((o) => [o.transition])
    const slaEvents = ofOrder((o) => (o.sla_event ? [o.sla_event] : []))
    const inserts = [
      insertStatement(ServiceOrderLine, lines.rows, at, { start: LINE_START, byIndex: lines.byIndex, as: "bytes" }),
      insertStatement(StageTransition, transitions.rows, at, { start: TRANSITION_START, byIndex: transitions.byIndex, as: "bytes" }),
      insertStatement(SlaEvent, slaEvents.rows, at, { start: SLA_EVENT_START, byIndex: slaEvents.byIndex, as: "bytes" }),
    ]
    // Rows of other tables name their order by the id made here; the foreign keys are checked at
    // the statement's end, when every order exists.
    const written = inserts.filter((insert) => insert.ids.length)
    return {
      sql: `WITH counter AS (${counter.sql}),
        orders AS (${orderInsert.sql} RETURNING id, display_id, number)
        ${written.map((insert, i) => `, rows_${i} AS (${insert.sql})`).join("\n")}
      SELECT id, display_id, number FROM orders`,
      params: [...counter.params, ...[orderInsert, ...written].flatMap((insert) => insert.params)],
      ids: { orders: orderInsert.ids, lines: inserts[0].ids, transitions: inserts[1].ids, sla_events: inserts[2].ids },
    }
  }

  /**
   * Runs a batch's statement (`prepare`). One statement is all-or-nothing by itself, and the
   * counter row, locked from the allocation to the end of the transaction, is held for no round
   * trip to the server in between: concurrent creates queue for that row only while the statement
   * runs (and, in a caller's transaction, until that commits).
   */
  async insert(insert: ServiceOrdersInsert | null, sharedContext: Context = {}): Promise<WrittenServiceOrders> {
    if (!insert) {
      return { orders: [], line_ids: [], transition_ids: [], sla_event_ids: [] }
    }
    const numbered = await executeBound<{ id: string } & Numbered>(this.manager(sharedContext), insert.sql, insert.params)
    const byId = new Map(numbered.map((o) => [o.id, o]))
    return {
      // In the order given (not Postgres's order of returning them).
      orders: insert.ids.orders.map((id) => ({ id, display_id: Number(byId.get(id)!.display_id), number: byId.get(id)!.number })),
      line_ids: insert.ids.lines,
      transition_ids: insert.ids.transitions,
      sla_event_ids: insert.ids.sla_events,
    }
  }
}
