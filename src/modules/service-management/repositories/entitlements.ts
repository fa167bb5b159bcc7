import { Context } from "@medusajs/framework/types"
import { AllowancePeriod, AllowanceUnit, WarrantyEndReason } from "../../../types/enums"
import type { WarrantyTerm } from "../../../types/http/warranty"
import { AllowanceBalanceRow } from "./allowances"
import { assignedToCustomerGroup } from "./common/customer-group-slas"
import { SqlRepository } from "./common/sql"

/** An SLA as an entitlement chooses and shows it. */
export type EntitlementSla = { id: string; code: string; name: string; response_minutes: number; resolution_minutes: number; is_active: boolean }

/**
 * What one service object's entitlement is computed from (see `EntitlementRepository.read`).
 * Times are ISO text, numbers plain numbers.
 */
export type EntitlementRecords = {
  object: {
    id: string
    customer_id: string
    order_id: string | null
    warranty_term_id: string | null
    warranty_end: string | null
    warranty_starts_at: string | null
    warranty_ended_at: string | null
    warranty_end_reason: WarrantyEndReason | null
  }
  term: Omit<WarrantyTerm, "metadata" | "created_at" | "updated_at"> | null
  /** The customer's active agreements (not templates), each with its SLA and lines. */
  agreements: {
    id: string
    number: string
    name: string
    valid_from: string
    valid_to: string | null
    sla: EntitlementSla | null
    lines: {
      id: string
      description: string
      type: string
      service_object_id: string | null
      unit_price: number
      valid_from: string | null
      valid_to: string | null
      allowance_quantity: number | null
      allowance_unit: AllowanceUnit | null
      allowance_period: AllowancePeriod | null
      overage_unit_price: number | null
    }[]
  }[]
  /** The balance rows of those agreements' lines in their period at `at`. */
  balances: (Omit<AllowanceBalanceRow, "period_start"> & { period_start: string })[]
  /** The active SLAs assigned to the customer's groups. */
  group_slas: EntitlementSla[]
  default_sla: EntitlementSla | null
  /** The default unit price of each service task named in `task_codes` that has one. */
  task_prices: { code: string; default_unit_price: number }[]
}

/** SQL for an SLA (alias `s`) as JSON. */
const SLA_JSON = `json_build_object('id', s.id, 'code', s.code, 'name', s.name, 'response_minutes', s.response_minutes,
                   'resolution_minutes', s.resolution_minutes, 'is_active', s.is_active)`
const LINE_JSON = `json_build_object('id', l.id, 'description', l.description, 'type', l.type, 'service_object_id', l.service_object_id,
                    'unit_price', l.unit_price, 'valid_from', l.valid_from, 'valid_to', l.valid_to, 'allowance_quantity', l.allowance_quantity,
                    'allowance_unit', l.allowance_unit, 'allowance_period', l.allowance_period, 'overage_unit_price', l.overage_unit_price)`

/** Service objects' entitlements: everything of this module one is computed from, in one statement. */
export class EntitlementRepository extends SqlRepository {
  /**
   * The object (only `customerId`'s when given; undefined when there is none), its warranty term
   * (also when deleted since: it still says how units registered under it are covered), its
   * customer's active agreements with their SLAs and lines, those lines' balances at `at`, the
   * SLAs of the customer's groups, the default SLA and the prices of the tasks `taskCodes` names. One
   * statement, whatever the history.
   */
  async read(
    input: { objectId: string; customerId?: string; at: Date; taskCodes: string[] },
    sharedContext: Context = {}
  ): Promise<EntitlementRecords | undefined> {
    const [row] = await this.manager(sharedContext).execute<EntitlementRecords[]>(
      `WITH o AS (
         SELECT id, customer_id, order_id, warranty_term_id, warranty_end, warranty_starts_at, warranty_ended_at, warranty_end_reason
         FROM service_object WHERE id = ? AND deleted_at IS NULL AND (?::text IS NULL OR customer_id = ?)),
       agreements AS (
         SELECT a.id, a.number, a.name, a.valid_from, a.valid_to, a.sla_id, a.created_at FROM service_agreement a JOIN o ON a.customer_id = o.customer_id
         WHERE a.status = 'active' AND a.is_template = false AND a.deleted_at IS NULL)
       SELECT row_to_json(o) AS object,
         (SELECT json_build_object('id', t.id, 'product_id', t.product_id, 'variant_id', t.variant_id, 'duration_months', t.duration_months,
                   'start_basis', t.start_basis, 'parts_coverage_percent', t.parts_coverage_percent,
                   'labour_coverage_percent', t.labour_coverage_percent, 'remedies', t.remedies, 'transferable', t.transferable)
          FROM service_warranty_term t WHERE t.id = o.warranty_term_id) AS term,
         (SELECT coalesce(json_agg(json_build_object('id', a.id, 'number', a.number, 'name', a.name, 'valid_from', a.valid_from, 'valid_to', a.valid_to,
                   'sla', (SELECT ${SLA_JSON} FROM service_level_agreement s WHERE s.id = a.sla_id AND s.deleted_at IS NULL),
                   'lines', (SELECT coalesce(json_agg(${LINE_JSON} ORDER BY l.created_at, l.id), '[]')
                             FROM service_agreement_line l WHERE l.agreement_id = a.id AND l.deleted_at IS NULL)
                 ) ORDER BY a.created_at, a.id), '[]')
          FROM agreements a) AS agreements,
         (SELECT coalesce(json_agg(json_build_object('id', b.id, 'agreement_line_id', b.agreement_line_id, 'period_start', b.period_start,
                   'allowance', b.allowance, 'used', b.used)), '[]')
          FROM service_allowance_balance b
          JOIN service_agreement_line l ON l.id = b.agreement_line_id AND l.deleted_at IS NULL
          JOIN agreements a ON a.id = l.agreement_id
          WHERE b.deleted_at IS NULL AND b.period_start <= ?::timestamptz AND (b.period_end IS NULL OR b.period_end > ?::timestamptz)) AS balances,
         (SELECT coalesce(json_agg(${SLA_JSON} ORDER BY s.id), '[]')
          FROM service_level_agreement s WHERE s.deleted_at IS NULL AND s.is_active AND ${assignedToCustomerGroup("s", "o.customer_id")}) AS group_slas,
         (SELECT ${SLA_JSON} FROM service_level_agreement s WHERE s.is_default AND s.is_active AND s.deleted_at IS NULL) AS default_sla,
         (SELECT coalesce(json_agg(json_build_object('code', t.code, 'default_unit_price', t.default_unit_price)), '[]')
          FROM service_task t
          WHERE t.code IN (SELECT json_array_elements_text(?::json)) AND t.default_unit_price IS NOT NULL AND t.deleted_at IS NULL) AS task_prices
       FROM o`,
      [input.objectId, input.customerId ?? null, input.customerId ?? null, input.at, input.at, JSON.stringify(input.taskCodes)]
    )
    return row
  }
}
