import { Context } from "@medusajs/framework/types"
import {
  BomComponent,
  BomVersion,
  RepairCode,
  RepairLine,
  ServiceAgreement,
  ServiceLevelAgreement,
  ServiceObject,
  ServiceOrder,
  ServiceOrderLine,
  ServiceStage,
  StageReason,
  StageTransition,
  Technician,
} from "../models"
import { REPAIR_LINE_CODE_FIELDS } from "../models/repair-line"
import { detailJson, detailSelect, many, one, Relations } from "./common/detail-read"
import { SqlRepository } from "./common/sql"

type Row = Record<string, unknown>

/** The stage a move goes to: by its code, or the active cancellation stage. */
export type MoveTarget = { code: string } | { cancellation: true }

const STAGE_REASONS: Relations = { reasons: many(StageReason, "stage_id") }

const SERVICE_OBJECT = one(ServiceObject, "service_object_id", { bom_version: one(BomVersion, "bom_version_id") })

/**
 * What a service order read can reach, as Query names it: its models' relations and the read-only
 * links' records (Medusa's customer and order modules, same database) with the columns offered.
 */
const SERVICE_ORDER_RELATIONS: Relations = {
  stage: one(ServiceStage, "stage_id", STAGE_REASONS),
  service_object: SERVICE_OBJECT,
  agreement: one(ServiceAgreement, "agreement_id"),
  sla: one(ServiceLevelAgreement, "sla_id"),
  lines: many(ServiceOrderLine, "service_order_id"),
  stage_transitions: many(StageTransition, "service_order_id"),
  repair_lines: many(RepairLine, "service_order_id"),
  customer: { kind: "link", table: "customer", fk: "customer_id", columns: ["id", "email", "first_name", "last_name", "company_name", "phone"] },
  posted_order: { kind: "link", table: "order", fk: "posted_order_id", columns: ["id", "display_id", "status", "currency_code"] },
}

/** What a repair line read can reach: its order (and what the order's read reaches), object, codes (each code column without `_id`), component and technician. */
const REPAIR_LINE_RELATIONS: Relations = {
  service_order: one(ServiceOrder, "service_order_id", SERVICE_ORDER_RELATIONS),
  service_object: SERVICE_OBJECT,
  ...Object.fromEntries(Object.keys(REPAIR_LINE_CODE_FIELDS).map((column) => [column.replace(/_id$/, ""), one(RepairCode, column)])),
  bom_component: one(BomComponent, "bom_component_id"),
  technician: one(Technician, "technician_id"),
}

/**
 * A service order, or a repair line of one, with the fields a route asks Query for, read in one
 * statement (`detailSelect`): what Query answers for the same fields, at a fraction of its cost.
 */
export class ServiceOrderDetailRepository extends SqlRepository {
  /**
   * The order `id` with `fields` (as Query's: `number`, `stage.*`, `lines.*`, `customer.email`, …),
   * as Query would answer it, in one statement; null when there is no such order, undefined when a
   * field is not one this read knows (the caller then asks Query).
   */
  async read(id: string, fields: string[], sharedContext: Context = {}): Promise<Row | null | undefined> {
    const detail = detailSelect(ServiceOrder, SERVICE_ORDER_RELATIONS, fields, "so")
    if (!detail) {
      return undefined
    }
    const row = await this.selectOrder(detail.select, [], id, sharedContext)
    return row ? detail.revive(row) : null
  }

  /**
   * As `read`, with the stage a move of the order goes to (`*` and its `reasons.*`, as a read of
   * the order's `stage` answers it; null when there is none) in the same statement: a move's plan
   * reads both at once. Undefined for a field `read` does not know.
   */
  async readWithMoveTarget(id: string, fields: string[], target: MoveTarget, sharedContext: Context = {}) {
    const detail = detailSelect(ServiceOrder, SERVICE_ORDER_RELATIONS, fields, "so")
    const stage = detailJson(ServiceStage, STAGE_REASONS, ["*", "reasons.*"], "ts")!
    if (!detail) {
      return undefined
    }
    const [where, params] = "code" in target ? ["ts.code = ?", [target.code]] : ["ts.is_cancellation AND ts.is_active", []]
    const row = await this.selectOrder(
      `${detail.select}, (SELECT ${stage.json} FROM "service_stage" ts WHERE ${where} AND ts.deleted_at IS NULL LIMIT 1) AS "__target"`,
      params,
      id,
      sharedContext
    )
    if (!row) {
      return { order: null, to: null }
    }
    const { __target, ...order } = row
    return { order: detail.revive(order), to: __target ? stage.revive(__target as Row) : null }
  }

  /** One order's row with the columns `select` names (`params` bind its placeholders, before the id's). */
  private async selectOrder(select: string, params: unknown[], id: string, sharedContext: Context): Promise<Row | undefined> {
    // Starts as Query's read of the order does (`select … from "service_order" as …`), which a test counts.
    const [row] = await this.manager(sharedContext).execute<Row[]>(
      `select ${select} from "service_order" as so where so.id = ? and so.deleted_at is null`,
      [...params, id]
    )
    return row
  }

  /**
   * The repair line `id` of the order `serviceOrderId` with `fields` (as Query's: `status`,
   * `technician.first_name`, `service_order.stage.code`, …), as `read` reads an order; null when
   * the order has no such line.
   */
  async readRepairLine(serviceOrderId: string, id: string, fields: string[], sharedContext: Context = {}): Promise<Row | null | undefined> {
    const detail = detailSelect(RepairLine, REPAIR_LINE_RELATIONS, fields, "rl")
    if (!detail) {
      return undefined
    }
    const [row] = await this.manager(sharedContext).execute<Row[]>(
      `select ${detail.select} from "service_repair_line" as rl where rl.id = ? and rl.service_order_id = ? and rl.deleted_at is null`,
      [id, serviceOrderId]
    )
    return row ? detail.revive(row) : null
  }
}
