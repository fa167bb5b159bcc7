import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  AgreementOccurrence,
  NumberSequence,
  ServiceAgreement,
  ServiceAgreementLine,
  ServiceLevelAgreement,
  ServiceObject,
  ServiceOrder,
  ServiceOrderLine,
  ServiceStage,
  ServiceTask,
  SlaCustomerGroup,
  SlaEvent,
  StageReason,
  StageTransition,
  Bom,
  BomComponent,
  BomVersion,
  RepairCode,
  RepairLine,
  ServiceObjectBomHistory,
  BillingRun,
  ServiceSubscription,
  SubscriptionFeeTransaction,
  SubscriptionGroup,
  Assignment,
  DispatchTeam,
  Skill,
  Technician,
  TechnicianAbsence,
  ServiceRole,
  ServiceReturn,
  ServiceReturnItem,
  ServiceReturnStatusChange,
} from "./models"
import { ResolvedServiceManagementOptions, resolveOptions } from "./options"
import { ServiceAgreementDTO, ServiceOrderDTO, ServiceSubscriptionDTO } from "./types"
import { stageState, stateConflict, stateConflictMessage } from "./utils/conflicts"
import { formatNumber } from "./utils/numbers"
import { computeServiceOrderTotals } from "./utils/totals"
import { ServiceRoleName } from "../../types/enums"

export type RepairCountRow = {
  dimension: "symptom" | "diagnosis" | "symptom_diagnosis" | "resolution" | "component" | "total"
  symptom_code_id: string | null
  diagnosis_code_id: string | null
  resolution_code_id: string | null
  bom_component_id: string | null
  count: number
}

// GROUPING() bits (symptom, diagnosis, resolution, component; 0 = grouped by it) per grouping set.
const REPAIR_COUNT_DIMENSIONS: Record<string, RepairCountRow["dimension"]> = {
  "0111": "symptom",
  "1011": "diagnosis",
  "0011": "symptom_diagnosis",
  "1101": "resolution",
  "1110": "component",
  "1111": "total",
}

export const SERVICE_ORDER_NUMBER_SCOPE = "service_order"
export const SERVICE_AGREEMENT_NUMBER_SCOPE = "service_agreement"
export const SERVICE_SUBSCRIPTION_NUMBER_SCOPE = "service_subscription"
export const SERVICE_RETURN_NUMBER_SCOPE = "service_return"

export type FeeTransactionRow = {
  subscription_id: string
  customer_id: string
  currency_code: string
  period_start: Date
  period_end: Date
  due_at: Date
  period_days: number
  billable_days: number
  full_amount: number
  amount: number
  billing_run_id: string | null
}
export type SubscriptionCursor = {
  id: string
  /** The cursor the rows were computed from: a concurrent run that moved it first wins. */
  from_period_start: Date
  next_period_start: Date | null
  next_due_at: Date | null
}
export type ClaimedFeeTransaction = {
  id: string
  subscription_id: string
  amount: number
  period_start: Date
  period_end: Date
}

type CreateServiceAgreementData = Omit<Partial<ServiceAgreementDTO>, "display_id" | "number" | "lines" | "sla" | "service_orders"> & {
  name: string
  currency_code: string
  valid_from: Date
}

export type OccurrenceClaim = { agreement_id: string; agreement_line_id: string; occurrence_date: Date }
export type ClaimedOccurrence = OccurrenceClaim & { id: string }
export type SlaBreach = { id: string; number: string; customer_id: string; sla_id: string | null; metric: "response" | "resolution"; due_at: Date }

// Columns per metric for the breach check; fixed strings, never user input.
const BREACH_COLUMNS = {
  response: { due: "response_due_at", met: "responded_at", breached: "response_breached_at" },
  resolution: { due: "resolution_due_at", met: "resolved_at", breached: "resolution_breached_at" },
} as const

// Columns a status move of an agreement may set besides the status.
const AGREEMENT_STATUS_STAMPS = ["activated_at", "suspended_at", "expired_at", "cancelled_at", "suspensions"]

type CreateServiceOrderData = Omit<Partial<ServiceOrderDTO>, "display_id" | "number" | "stage"> & {
  customer_id: string
  stage_id: string
  currency_code: string
}

/**
 * Updates a row only if `expect` still holds (compare-and-set): of two concurrent changes from
 * the same state, the second finds nothing to update and gets a 409. Column names are fixed
 * strings of this file, never input.
 */
async function compareAndSet(
  sharedContext: Context,
  input: {
    table: string
    set: [string, unknown][]
    id: string
    expect: [string, unknown]
    /** The 409 message, or how to build it from the row as it is now (naming what is in the way). */
    conflict: string | ((current: Record<string, any> | undefined) => string | Promise<string>)
  }
) {
  const manager = sharedContext.transactionManager as SqlEntityManager
  const assignments = input.set.map(([k]) => `"${k}" = ?${k === "suspensions" ? "::jsonb" : ""}`).join(", ")
  const result = await manager.execute(
    `UPDATE "${input.table}" SET ${assignments}, updated_at = now()
     WHERE id = ? AND "${input.expect[0]}" = ? AND deleted_at IS NULL`,
    [...input.set.map(([, v]) => v), input.id, input.expect[1]],
    "run"
  )
  if (!(result as unknown as { affectedRows?: number })?.affectedRows) {
    const message =
      typeof input.conflict === "string"
        ? input.conflict
        : await input.conflict((await manager.execute(`SELECT * FROM "${input.table}" WHERE id = ? AND deleted_at IS NULL`, [input.id]))[0])
    throw new MedusaError(MedusaError.Types.CONFLICT, message)
  }
}

/**
 * Holds a technician's schedule until the transaction ends (a transaction-level advisory lock):
 * two inserts racing for overlapping windows could otherwise deadlock on the exclusion
 * constraint's index, and the one Postgres aborts could not say which booking won.
 */
async function lockTechnicianSchedule(sharedContext: Context, technicianId: string) {
  const manager = sharedContext.transactionManager as SqlEntityManager
  await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?::text))`, [`service_assignment:${technicianId}`])
}

class ServiceManagementModuleService extends MedusaService({
  AgreementOccurrence,
  NumberSequence,
  ServiceAgreement,
  ServiceAgreementLine,
  ServiceLevelAgreement,
  ServiceObject,
  ServiceOrder,
  ServiceOrderLine,
  ServiceStage,
  ServiceTask,
  SlaCustomerGroup,
  SlaEvent,
  StageReason,
  StageTransition,
  // Keys match the table names (service_bom, …): Query resolves entities by them.
  ServiceBom: Bom,
  ServiceBomComponent: BomComponent,
  ServiceBomVersion: BomVersion,
  ServiceRepairCode: RepairCode,
  ServiceRepairLine: RepairLine,
  ServiceObjectBomHistory,
  ServiceBillingRun: BillingRun,
  ServiceSubscription,
  ServiceSubscriptionFeeTransaction: SubscriptionFeeTransaction,
  ServiceSubscriptionGroup: SubscriptionGroup,
  ServiceSkill: Skill,
  ServiceDispatchTeam: DispatchTeam,
  ServiceTechnician: Technician,
  ServiceTechnicianAbsence: TechnicianAbsence,
  ServiceAssignment: Assignment,
  ServiceRole,
  ServiceReturn,
  ServiceReturnItem,
  ServiceReturnStatusChange,
}) {
  protected readonly options_: ResolvedServiceManagementOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolveOptions(options)
  }

  __hooks = {
    onApplicationStart: async () => {
      await this.ensureDefaultStages()
      await this.ensureDefaultSla()
    },
  }

  getOptions(): ResolvedServiceManagementOptions {
    return this.options_
  }

  /**
   * The stored service role of an admin user and the technician linked to that user, in one
   * query: the role guard runs it on every plugin admin request.
   */
  @InjectManager()
  async resolveUserServiceRole(
    userId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ role: ServiceRoleName | null; technician_id: string | null }> {
    const manager = sharedContext.manager as SqlEntityManager
    const [row] = await manager.execute(
      `select (select role from service_role where user_id = ? and deleted_at is null) as role,
              (select id from service_technician where user_id = ? and deleted_at is null) as technician_id`,
      [userId, userId]
    )
    return { role: row?.role ?? null, technician_id: row?.technician_id ?? null }
  }

  /**
   * Reserves `count` consecutive values of a counter. The counter row stays locked until the
   * caller's transaction ends, so concurrent creators queue and a rolled-back insert gives its
   * numbers back: the sequence has neither duplicates nor gaps.
   */
  @InjectTransactionManager()
  async allocateNumbers(
    scope: string,
    count: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [row] = await manager.execute(
      `INSERT INTO service_number_sequence (id, scope, last_value, created_at, updated_at)
       VALUES (?, ?, ?, now(), now())
       ON CONFLICT (scope) WHERE deleted_at IS NULL DO UPDATE
         SET last_value = service_number_sequence.last_value + EXCLUDED.last_value, updated_at = now()
       RETURNING last_value`,
      [generateEntityId(undefined, "snseq"), scope, count]
    )
    const last = Number(row.last_value)
    return Array.from({ length: count }, (_, i) => last - count + 1 + i)
  }

  /** Gives each row the next number of `scope` (display_id and the prefixed human number). */
  private async numberRows<T>(scope: string, prefix: string, data: T[], sharedContext: Context) {
    const ids = await this.allocateNumbers(scope, data.length, sharedContext)
    return data.map((d, i) => ({
      ...d,
      display_id: ids[i],
      number: formatNumber(prefix, ids[i], this.options_.numberPadding),
    }))
  }

  /** Creates service orders with their human numbers, in one transaction. */
  @InjectTransactionManager()
  async createNumberedServiceOrders(
    data: CreateServiceOrderData[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ServiceOrderDTO[]> {
    const prefix = this.options_.numberPrefixes.serviceOrder
    const rows = await this.numberRows(SERVICE_ORDER_NUMBER_SCOPE, prefix, data, sharedContext)
    return (await this.createServiceOrders(rows as any, sharedContext)) as unknown as ServiceOrderDTO[]
  }

  /** Creates service agreements with their human numbers (SA-000001), in one transaction. */
  @InjectTransactionManager()
  async createNumberedServiceAgreements(
    data: CreateServiceAgreementData[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ServiceAgreementDTO[]> {
    const prefix = this.options_.numberPrefixes.serviceAgreement
    const rows = await this.numberRows(SERVICE_AGREEMENT_NUMBER_SCOPE, prefix, data, sharedContext)
    return (await this.createServiceAgreements(rows as any, sharedContext)) as unknown as ServiceAgreementDTO[]
  }

  /** Creates service subscriptions with their human numbers (SUB-000001), in one transaction. */
  @InjectTransactionManager()
  async createNumberedServiceSubscriptions(
    data: Record<string, unknown>[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ServiceSubscriptionDTO[]> {
    const prefix = this.options_.numberPrefixes.serviceSubscription
    const rows = await this.numberRows(SERVICE_SUBSCRIPTION_NUMBER_SCOPE, prefix, data, sharedContext)
    return (await this.createServiceSubscriptions(rows as any, sharedContext)) as unknown as ServiceSubscriptionDTO[]
  }

  /** Creates service returns with their human numbers (RMA-000001), in one transaction. */
  @InjectTransactionManager()
  async createNumberedServiceReturns(
    data: Record<string, unknown>[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; number: string; display_id: number }[]> {
    const rows = await this.numberRows(SERVICE_RETURN_NUMBER_SCOPE, this.options_.returns.numberPrefix, data, sharedContext)
    return (await this.createServiceReturns(rows as any, sharedContext)) as any
  }

  /**
   * Inserts fee transactions in one statement; a (subscription, period start) that already has
   * one is skipped by the unique key, so concurrent or repeated runs create each period once.
   * Returns the ids actually inserted.
   */
  @InjectTransactionManager()
  async insertFeeTransactions(rows: FeeTransactionRow[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!rows.length) {
      return []
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    const raw = (n: number) => JSON.stringify({ value: String(n), precision: 20 })
    const values = rows.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, 'pending', now(), now())").join(", ")
    const params = rows.flatMap((r) => [
      generateEntityId(undefined, "ssft"),
      r.subscription_id,
      r.customer_id,
      r.currency_code,
      r.period_start,
      r.period_end,
      r.due_at,
      r.period_days,
      r.billable_days,
      r.full_amount,
      raw(r.full_amount),
      r.amount,
      raw(r.amount),
      r.billing_run_id,
    ])
    const inserted = await manager.execute(
      `INSERT INTO service_subscription_fee_transaction (id, subscription_id, customer_id, currency_code, period_start,
         period_end, due_at, period_days, billable_days, full_amount, raw_full_amount, amount, raw_amount, billing_run_id,
         status, created_at, updated_at)
       VALUES ${values}
       ON CONFLICT (subscription_id, period_start) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      params
    )
    return inserted.map((r: { id: string }) => r.id)
  }

  /** Moves subscriptions' billing cursors forward in one statement, each only from where it was read. */
  @InjectTransactionManager()
  async advanceSubscriptionCursors(cursors: SubscriptionCursor[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!cursors.length) {
      return
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `UPDATE service_subscription s
       SET next_period_start = v.next_period_start, next_due_at = v.next_due_at, updated_at = now()
       FROM (VALUES ${cursors.map(() => "(?, ?::timestamptz, ?::timestamptz, ?::timestamptz)").join(", ")})
         AS v(id, from_period_start, next_period_start, next_due_at)
       WHERE s.id = v.id AND s.next_period_start = v.from_period_start`,
      cursors.flatMap((c) => [c.id, c.from_period_start, c.next_period_start, c.next_due_at]),
      "run"
    )
  }

  /** Pending fees due by `asOf`, per customer and currency: the invoices a billing run makes. */
  @InjectTransactionManager()
  async listPendingInvoiceGroups(
    asOf: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ customer_id: string; currency_code: string; count: number }[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `SELECT customer_id, currency_code, count(*)::int AS count FROM service_subscription_fee_transaction
       WHERE status = 'pending' AND due_at <= ? AND deleted_at IS NULL
       GROUP BY customer_id, currency_code ORDER BY customer_id, currency_code`,
      [asOf]
    )
    return rows.map((r: any) => ({ customer_id: r.customer_id, currency_code: r.currency_code, count: Number(r.count) }))
  }

  /**
   * Claims a customer's pending fees in one currency for an invoice whose Medusa order id is
   * chosen up front: of two runs claiming at once, the second gets nothing.
   */
  @InjectTransactionManager()
  async claimFeeTransactionsForInvoice(
    input: { customer_id: string; currency_code: string; as_of: Date; order_id: string; billing_run_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedFeeTransaction[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `UPDATE service_subscription_fee_transaction
       SET status = 'invoicing', order_id = ?, billing_run_id = ?, updated_at = now()
       WHERE status = 'pending' AND customer_id = ? AND currency_code = ? AND due_at <= ? AND deleted_at IS NULL
       RETURNING id, subscription_id, amount, period_start, period_end`,
      [input.order_id, input.billing_run_id, input.customer_id, input.currency_code, input.as_of]
    )
    return rows.map((r: any) => ({ ...r, amount: Number(r.amount) }))
  }

  /** Settles claimed fees: `invoiced` when their order exists, else back to `pending`. */
  @InjectTransactionManager()
  async settleFeeTransactionClaim(
    input: { order_id: string; invoiced: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const result = await manager.execute(
      input.invoiced
        ? `UPDATE service_subscription_fee_transaction SET status = 'invoiced', invoiced_at = now(), updated_at = now()
           WHERE order_id = ? AND status = 'invoicing'`
        : `UPDATE service_subscription_fee_transaction SET status = 'pending', order_id = NULL, updated_at = now()
           WHERE order_id = ? AND status = 'invoicing'`,
      [input.order_id],
      "run"
    )
    return (result as unknown as { affectedRows?: number })?.affectedRows ?? 0
  }

  /** Compensation of settling: the fees of an order go back to `invoicing`, so the claim can be undone. */
  @InjectTransactionManager()
  async updateInvoicedFeeTransactionsToClaimed(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `UPDATE service_subscription_fee_transaction SET status = 'invoicing', invoiced_at = NULL, updated_at = now()
       WHERE order_id = ? AND status = 'invoiced'`,
      [orderId],
      "run"
    )
  }

  /** Order ids of fees left `invoicing` by a run that died between claiming and settling. */
  @InjectTransactionManager()
  async listUnsettledInvoiceOrderIds(@MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `SELECT DISTINCT order_id FROM service_subscription_fee_transaction
       WHERE status = 'invoicing' AND deleted_at IS NULL AND order_id IS NOT NULL`
    )
    return rows.map((r: { order_id: string }) => r.order_id)
  }

  /**
   * Changes an agreement's status only if it still has `from`: of two concurrent moves, the
   * second finds nothing to update and gets a conflict.
   */
  @InjectTransactionManager()
  async moveServiceAgreementStatus(
    input: { id: string; from: string; to: string; set?: Record<string, unknown> },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const stamps = Object.entries(input.set ?? {})
      .filter(([k]) => AGREEMENT_STATUS_STAMPS.includes(k))
      .map(([k, v]): [string, unknown] => (k === "suspensions" ? [`${k}`, JSON.stringify(v ?? null)] : [k, v]))
    await compareAndSet(sharedContext, {
      table: "service_agreement",
      set: [["status", input.to], ...stamps],
      id: input.id,
      expect: ["status", input.from],
      conflict: (now) => stateConflictMessage(`Service agreement ${now?.number ?? input.id}`, now?.status ?? "deleted"),
    })
  }

  /**
   * Claims occurrences for generation: inserts the (line, date) keys that nobody claimed yet and
   * returns only those. A concurrent generation claiming the same keys gets nothing back, so
   * each occurrence leads to exactly one service order.
   */
  @InjectTransactionManager()
  async claimAgreementOccurrences(
    claims: OccurrenceClaim[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedOccurrence[]> {
    if (!claims.length) {
      return []
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `INSERT INTO service_agreement_occurrence (id, agreement_id, agreement_line_id, occurrence_date, created_at, updated_at)
       VALUES ${claims.map(() => "(?, ?, ?, ?, now(), now())").join(", ")}
       ON CONFLICT (agreement_line_id, occurrence_date) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id, agreement_id, agreement_line_id, occurrence_date`,
      claims.flatMap((c) => [generateEntityId(undefined, "sagoc"), c.agreement_id, c.agreement_line_id, c.occurrence_date])
    )
    return rows.map((r: any) => ({ ...r, occurrence_date: new Date(r.occurrence_date) }))
  }

  /**
   * Marks up to `limit` orders whose `metric` due time passed unmet (before it was met, the clock
   * paused, or the order was closed or cancelled) as breached, and returns exactly those. The
   * update only touches rows not yet marked, so each order and metric is reported once, however
   * many checks run at once.
   */
  @InjectTransactionManager()
  async markSlaBreaches(
    input: { metric: "response" | "resolution"; now: Date; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SlaBreach[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const c = BREACH_COLUMNS[input.metric]
    const rows = await manager.execute(
      `UPDATE service_order SET "${c.breached}" = ?, updated_at = now()
       WHERE id IN (
         SELECT id FROM service_order
         WHERE deleted_at IS NULL AND "${c.breached}" IS NULL AND "${c.due}" < ?
           AND "${c.due}" < LEAST("${c.met}", sla_paused_at, closed_at, canceled_at, ?::timestamptz)
         ORDER BY "${c.due}", id
         LIMIT ?
         FOR UPDATE SKIP LOCKED
       ) AND "${c.breached}" IS NULL
       RETURNING id, number, customer_id, sla_id, "${c.due}" AS due_at`,
      [input.now, input.now, input.now, input.limit]
    )
    return rows.map((r: any) => ({ ...r, metric: input.metric, due_at: new Date(r.due_at) }))
  }

  /** Takes breach marks back (compensation of a failed breach check). */
  @InjectTransactionManager()
  async unmarkSlaBreaches(
    input: { metric: "response" | "resolution"; ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!input.ids.length) {
      return
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    const c = BREACH_COLUMNS[input.metric]
    await manager.execute(
      `UPDATE service_order SET "${c.breached}" = NULL WHERE id IN (${input.ids.map(() => "?").join(", ")})`,
      input.ids
    )
  }

  /**
   * Moves an order to another stage only if it is still in `fromStageId`: of two concurrent moves
   * from the same stage, the second finds nothing to update and gets a conflict naming the stage now.
   */
  @InjectTransactionManager()
  async moveServiceOrderStage(
    input: { id: string; from_stage_id: string; to_stage_id: string; timestamps?: Record<string, Date | null> },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const stamps = Object.entries(input.timestamps ?? {}).filter(([k]) => ["closed_at", "canceled_at"].includes(k))
    const manager = sharedContext.transactionManager as SqlEntityManager
    await compareAndSet(sharedContext, {
      table: "service_order",
      set: [["stage_id", input.to_stage_id], ["stage_changed_at", new Date()], ...stamps],
      id: input.id,
      expect: ["stage_id", input.from_stage_id],
      conflict: async (now) => {
        const [stage] = now ? await manager.execute(`SELECT code, name FROM service_stage WHERE id = ?`, [now.stage_id]) : []
        return stateConflictMessage(`Service order ${now?.number ?? input.id}`, stage ? stageState(stage as { code: string; name: string }) : "deleted")
      },
    })
  }

  /**
   * Marks an order posted, naming the Medusa order about to be created, only if nobody posted it
   * yet (or, resuming a post that died, it still names `abandoned_order_id`): of two concurrent
   * posts the second waits for the first's row lock, then finds `posted_at` set and is refused.
   */
  @InjectTransactionManager()
  async claimServiceOrderPosting(
    input: { id: string; number: string; posted_by: string | null; order_id: string | null; abandoned_order_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const result = await manager.execute(
      `UPDATE service_order SET posted_at = now(), posted_by = ?, posted_order_id = ?, updated_at = now()
       WHERE id = ? AND deleted_at IS NULL
         AND (posted_at IS NULL OR (?::text IS NOT NULL AND posted_order_id = ?::text))`,
      [input.posted_by, input.order_id, input.id, input.abandoned_order_id, input.abandoned_order_id],
      "run"
    )
    if (!(result as unknown as { affectedRows?: number })?.affectedRows) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${input.number} is already posted`)
    }
  }

  /** Undoes a posting claim (compensation): the order is unposted and names no Medusa order. */
  @InjectTransactionManager()
  async releaseServiceOrderPosting(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `UPDATE service_order SET posted_at = NULL, posted_by = NULL, posted_order_id = NULL, updated_at = now() WHERE id = ?`,
      [id],
      "run"
    )
  }

  /** Recomputes revenue, cost and margin of the given orders from their current lines. */
  @InjectTransactionManager()
  async refreshServiceOrderTotals(
    serviceOrderIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const ids = [...new Set(serviceOrderIds)]
    if (!ids.length) {
      return
    }
    const lines = await this.listServiceOrderLines(
      { service_order_id: ids },
      { select: ["service_order_id", "quantity", "unit_price", "unit_cost", "billable"] },
      sharedContext
    )
    const updates = ids.map((id) => ({
      id,
      ...computeServiceOrderTotals(lines.filter((l) => l.service_order_id === id)),
    }))
    await this.updateServiceOrders(updates, sharedContext)
  }

  /**
   * Creates the configured default stages when the merchant has none yet. Safe to run from
   * several instances at once: the unique stage code lets only one of them insert.
   */
  @InjectTransactionManager()
  async ensureDefaultStages(@MedusaContext() sharedContext: Context = {}): Promise<number> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtext('service_management_default_stages'))`)
    const [{ count }] = await manager.execute(`SELECT count(*)::int AS count FROM service_stage`)
    if (count > 0) {
      return 0
    }
    const stages = this.options_.defaultStages
    await this.createServiceStages(
      stages.map(({ reasons, ...stage }) => ({
        ...stage,
        reasons: (reasons ?? []).map((r) => ({ ...r, is_active: true })),
      })) as any,
      sharedContext
    )
    return stages.length
  }

  /**
   * Creates the SLA of the `defaultSla` option, marked default, when no SLA is the default yet
   * and its code is free. Safe to run from several instances at once.
   */
  @InjectTransactionManager()
  async ensureDefaultSla(@MedusaContext() sharedContext: Context = {}): Promise<number> {
    const sla = this.options_.defaultSla
    if (!sla) {
      return 0
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtext('service_management_default_sla'))`)
    const [{ count }] = await manager.execute(
      `SELECT count(*)::int AS count FROM service_level_agreement WHERE deleted_at IS NULL AND (is_default = true OR code = ?)`,
      [sla.code]
    )
    if (count > 0) {
      return 0
    }
    await this.createServiceLevelAgreements([{ ...sla, is_default: true, is_active: true }] as any, sharedContext)
    return 1
  }

  /**
   * Creates an assignment while holding its technician's schedule (see `lockTechnicianSchedule`):
   * racing bookings meet the exclusion constraint one after another instead of deadlocking on it.
   */
  @InjectTransactionManager()
  async createServiceAssignmentOnSchedule(data: { technician_id: string } & Record<string, unknown>, @MedusaContext() sharedContext: Context = {}) {
    await lockTechnicianSchedule(sharedContext, data.technician_id)
    const [created] = await this.createServiceAssignments([data as any], sharedContext)
    return created
  }

  /**
   * Updates an assignment while holding its technician's schedule, and only if it is still the
   * version the caller saw (`expected_updated_at`, to the millisecond as the API shows it). The
   * row is locked first, so of two changes from one version the second waits, then finds a newer
   * one and gets a 409 naming the assignment as it is now.
   */
  @InjectTransactionManager()
  async updateServiceAssignmentIfUnchanged(
    data: { id: string; technician_id: string } & Record<string, unknown>,
    expected_updated_at: Date | null | undefined,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await lockTechnicianSchedule(sharedContext, data.technician_id)
    if (expected_updated_at) {
      const manager = sharedContext.transactionManager as SqlEntityManager
      const [row] = await manager.execute(
        `SELECT date_trunc('milliseconds', updated_at) = date_trunc('milliseconds', ?::timestamptz) AS unchanged
         FROM service_assignment WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
        [expected_updated_at, data.id]
      )
      if (row && !row.unchanged) {
        throw await this.assignmentConflict(data.id, expected_updated_at, sharedContext)
      }
    }
    const [updated] = await this.updateServiceAssignments([data as any], sharedContext)
    return updated
  }

  /** The 409 for a stale assignment version: who has it, when, in which status, last changed when. */
  @InjectManager()
  async assignmentConflict(id: string, expected_updated_at: Date | string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    const [now] = await manager.execute(
      `SELECT a.status, a.starts_at, a.ends_at, a.updated_at, t.first_name, t.last_name, so.number
       FROM service_assignment a
       JOIN service_technician t ON t.id = a.technician_id
       JOIN service_order so ON so.id = a.service_order_id
       WHERE a.id = ?`,
      [id]
    )
    const iso = (d: Date | string) => new Date(d).toISOString()
    const state = now
      ? `${now.status}: ${[now.first_name, now.last_name].filter(Boolean).join(" ")} on ${now.number} from ${iso(now.starts_at)} to ${iso(now.ends_at)}, last changed ${iso(now.updated_at)}`
      : "deleted"
    return stateConflict(`Assignment ${id}`, state, `the version of ${iso(expected_updated_at)}`)
  }

  /**
   * Approves a draft BOM version. Postgres refuses a second approved version of the same BOM
   * whose validity overlaps (exclusion constraint); that refusal, also when two approvals race,
   * becomes a 400 naming the rule instead of a database error (a 409 would lose the message:
   * Medusa answers every conflict with a generic retry text).
   */
  @InjectTransactionManager()
  async approveBomVersion(
    input: { id: string; approved_by?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    try {
      await compareAndSet(sharedContext, {
        table: "service_bom_version",
        set: [["status", "approved"], ["approved_at", new Date()], ["approved_by", input.approved_by ?? null]],
        id: input.id,
        expect: ["status", "draft"],
        conflict: `BOM version ${input.id} is no longer a draft; reload it and try again`,
      })
    } catch (e: any) {
      if (e?.code === "23P01" || /service_bom_version_approved_no_overlap/.test(String(e?.message))) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `BOM version ${input.id} overlaps another approved version of the same BOM; change its validity or retire the other version first`
        )
      }
      throw e
    }
  }

  /** Takes an approval back (compensation of a failed approval workflow). */
  @InjectTransactionManager()
  async unapproveBomVersion(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `UPDATE service_bom_version SET status = 'draft', approved_at = NULL, approved_by = NULL, updated_at = now()
       WHERE id = ? AND status = 'approved'`,
      [id]
    )
  }

  /**
   * Counts repair lines by symptom, diagnosis, symptom × diagnosis, resolution and BOM component,
   * in one grouped query, for the lines matching `filters` (product, BOM version, component,
   * object, period). Rows are `{ dimension, symptom_code_id, diagnosis_code_id, … , count }`.
   */
  @InjectTransactionManager()
  async countRepairLines(
    filters: {
      product_id?: string[]
      bom_version_id?: string[]
      bom_component_id?: string[]
      service_object_id?: string[]
      from?: Date
      to?: Date
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RepairCountRow[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const where = ["deleted_at IS NULL"]
    const params: unknown[] = []
    for (const column of ["product_id", "bom_version_id", "bom_component_id", "service_object_id"] as const) {
      const ids = filters[column]
      if (ids?.length) {
        where.push(`"${column}" IN (${ids.map(() => "?").join(", ")})`)
        params.push(...ids)
      }
    }
    if (filters.from) {
      where.push(`created_at >= ?`)
      params.push(filters.from)
    }
    if (filters.to) {
      where.push(`created_at < ?`)
      params.push(filters.to)
    }
    const rows = await manager.execute(
      `SELECT GROUPING(symptom_code_id) AS g_s, GROUPING(diagnosis_code_id) AS g_d, GROUPING(resolution_code_id) AS g_r,
              GROUPING(bom_component_id) AS g_c,
              symptom_code_id, diagnosis_code_id, resolution_code_id, bom_component_id, count(*)::int AS count
       FROM service_repair_line WHERE ${where.join(" AND ")}
       GROUP BY GROUPING SETS ((symptom_code_id), (diagnosis_code_id), (symptom_code_id, diagnosis_code_id),
                               (resolution_code_id), (bom_component_id), ())`,
      params
    )
    return rows.map((r: any) => {
      const key = `${r.g_s}${r.g_d}${r.g_r}${r.g_c}`
      const dimension = REPAIR_COUNT_DIMENSIONS[key] ?? "total"
      return {
        dimension,
        symptom_code_id: r.symptom_code_id ?? null,
        diagnosis_code_id: r.diagnosis_code_id ?? null,
        resolution_code_id: r.resolution_code_id ?? null,
        bom_component_id: r.bom_component_id ?? null,
        count: Number(r.count),
      }
    })
  }
}

export default ServiceManagementModuleService
