import { Context } from "@medusajs/framework/types"
import { ServiceLevelAgreement, ServiceStage, StageReason } from "../models"
import { DmlModel } from "./common/insert"
import { reviveRow } from "./common/json-rows"
import { assignedToCustomerGroup } from "./common/customer-group-slas"
import { SqlRepository } from "./common/sql"

type Row = Record<string, unknown>

/** What a new order's start depends on, read in one statement (see `ServiceOrderStartRepository.read`). */
export type ServiceOrderStartRead = {
  /** The customer's fields the create answers with; null when there is no such customer. */
  customer: { id: string; email: string | null; first_name: string | null; last_name: string | null; company_name: string | null } | null
  /** The stages it may start in (the code asked for, else those marked initial and active), by position, each with its reasons. */
  stages: (Row & { id: string; code: string; position: number; is_active: boolean; is_terminal: boolean; reasons: Row[] })[]
  /** The active SLA of the agreement named, if any. */
  agreement_sla: Row | null
  /** The active SLAs assigned to the customer's groups. */
  group_slas: Row[]
  /** The active default SLA, if any. */
  default_sla: Row | null
}

// Rows come back as JSON: revived as the ORM would read them; a missing one stays null.
const revive = <R extends Row | null>(model: DmlModel, row: R): R => (row ? reviveRow(model, row) : row)

/** The reads a service order create needs before it writes. */
export class ServiceOrderStartRepository extends SqlRepository {
  /**
   * The customer, the candidate first stages with their reasons and every SLA the order could be
   * measured by (the agreement's, the customer's groups', the default), in one statement.
   */
  async read(input: { customer_id: string; stage_code: string | null; agreement_id: string | null }, sharedContext: Context = {}): Promise<ServiceOrderStartRead> {
    const active = "sla.deleted_at IS NULL AND sla.is_active"
    const [row] = await this.manager(sharedContext).execute<ServiceOrderStartRead[]>(
      `SELECT
        (SELECT json_build_object('id', c.id, 'email', c.email, 'first_name', c.first_name, 'last_name', c.last_name, 'company_name', c.company_name)
           FROM customer c WHERE c.id = ? AND c.deleted_at IS NULL) AS customer,
        (SELECT coalesce(json_agg(s ORDER BY s.position, s.id), '[]'::json) FROM (
           SELECT st.*, (SELECT coalesce(json_agg(r ORDER BY r.id), '[]'::json) FROM service_stage_reason r WHERE r.stage_id = st.id AND r.deleted_at IS NULL) AS reasons
             FROM service_stage st
            WHERE st.deleted_at IS NULL AND CASE WHEN ?::text IS NULL THEN st.is_initial AND st.is_active ELSE st.code = ? END) s) AS stages,
        (SELECT row_to_json(sla) FROM service_agreement a JOIN service_level_agreement sla ON sla.id = a.sla_id AND ${active}
          WHERE a.id = ? AND a.deleted_at IS NULL) AS agreement_sla,
        (SELECT coalesce(json_agg(sla ORDER BY sla.id), '[]'::json) FROM service_level_agreement sla
          WHERE ${active} AND ${assignedToCustomerGroup("sla", "?")}) AS group_slas,
        (SELECT row_to_json(sla) FROM service_level_agreement sla WHERE sla.is_default AND ${active}) AS default_sla`,
      [input.customer_id, input.stage_code, input.stage_code, input.agreement_id, input.customer_id]
    )
    return {
      customer: row.customer,
      stages: row.stages.map((stage) => ({ ...revive(ServiceStage, stage), reasons: stage.reasons.map((r) => revive(StageReason, r)) })),
      agreement_sla: revive(ServiceLevelAgreement, row.agreement_sla),
      group_slas: row.group_slas.map((sla) => revive(ServiceLevelAgreement, sla)),
      default_sla: revive(ServiceLevelAgreement, row.default_sla),
    }
  }
}
