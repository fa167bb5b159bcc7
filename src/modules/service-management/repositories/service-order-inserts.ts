import { Context } from "@medusajs/framework/types"
import { ServiceOrder, ServiceOrderLine, SlaEvent, StageTransition } from "../models"
import { Numbered } from "../utils/numbers"
import { DmlModel, InsertRow, insertStatement } from "./common/insert"
import { SqlRepository } from "./common/sql"

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

/** New service orders written set-based: a batch of orders with their lines and first history in four statements. */
export class ServiceOrderInsertRepository extends SqlRepository {
  /**
   * Inserts numbered orders (numbers allocated by the caller in the same transaction), then their
   * lines, stage history rows and SLA starts — one `INSERT … SELECT` per table, whatever the
   * number of orders — all created at `at` (the instant their SLA due times count from).
   */
  async insertWithHistory(orders: (ServiceOrderWithHistory & Numbered)[], at: Date, sharedContext: Context = {}): Promise<WrittenServiceOrders> {
    const manager = this.manager(sharedContext)
    // The ids made for the rows, in the order given (not Postgres's order of returning them).
    const insert = async <M extends DmlModel>(model: M, rows: InsertRow<M>[]) => {
      if (!rows.length) {
        return []
      }
      const statement = insertStatement(model, rows, at)
      await manager.execute(statement.sql, statement.params)
      return statement.ids
    }

    const orderIds = await insert(
      ServiceOrder,
      orders.map(({ order, display_id, number }) => ({ ...ORDER_START, ...order, display_id, number }))
    )
    const ofOrder = <Row>(pick: (o: ServiceOrderWithHistory) => Row[]) =>
      orders.flatMap((o, i) => pick(o).map((row) => ({ ...row, service_order_id: orderIds[i] })))

    const lineIds = await insert(ServiceOrderLine, ofOrder((o) => o.lines.map((l) => ({ ...LINE_START, ...l }))))
    const transitionIds = await insert(StageTransition, ofOrder((o) => [{ ...TRANSITION_START, ...o.transition }]))
    const slaEventIds = await insert(SlaEvent, ofOrder((o) => (o.sla_event ? [{ ...SLA_EVENT_START, ...o.sla_event }] : [])))
    return {
      orders: orders.map((o, i) => ({ id: orderIds[i], display_id: o.display_id, number: o.number })),
      line_ids: lineIds,
      transition_ids: transitionIds,
      sla_event_ids: slaEventIds,
    }
  }
}
