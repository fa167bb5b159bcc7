import { Context, InferEntityForModuleService } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import * as Models from "./models"
import { ResolvedServiceManagementOptions, resolveOptions } from "./options"
import { AgreementForGeneration, AgreementRepository, GenerationCursor, AllowanceRepository, AllowanceUsageRow, AssignmentRepository, BomVersionRepository, DispatchBoardRepository, DispatchBoardScope, EntitlementRepository, CalendarBatchResult, EstimateExpiryRepository, ExpiredEstimate, ClaimedFeeTransaction, ClaimedOccurrence, FeeTransactionRepository, GeneratedOrdersWrite, FeeTransactionRow, ModuleDefaultRepository, NumberSequenceRepository, OccurrenceClaim, PendingInvoiceGroup, PostingClaimRepository, RepairCountFilters, RepairCountRow, RepairStatisticsRepository, ServiceOrderInsertRepository, ServiceOrdersInsert, ServiceOrderWithHistory, SlaBreach, SlaBreachRepository, StageMoveRepository, StageMoveSlaEvent, StageMoveTransition, DueSubscription, SubscriptionCursor, SubscriptionCursorRepository, UserRoleRepository, UserServiceRole, WrittenGeneration, WrittenServiceOrders, ServiceOrderListFilters, ServiceOrderListPage, ServiceOrderListPaging, ServiceOrderListRepository, ServiceOrderStartRead, ServiceOrderStartRepository, ServiceOrderTotalsRepository, StageMove } from "./repositories"
import { FieldKpiFilters, FieldKpiReportRepository, OrderMarginFilters, OrderMarginReportRepository, SlaComplianceFilters, SlaComplianceReportRepository, SubscriptionReportFilters, SubscriptionReportRepository } from "./repositories"
import { ReportPage, ReportPaging, ReportRepository, ReportRow } from "./repositories/common/report"
import { MoveTarget, ServiceOrderDetailRepository } from "./repositories/service-order-details"
import { NewServiceOrderLineRow, ServiceOrderLineChangeRepository, ServiceOrderLinesUndo, ServiceOrderLineUpdate } from "./repositories/service-order-line-changes"
import { PreviousServiceOrderTotals } from "./repositories/service-order-totals"
import { AllowanceDraw } from "./utils/allowances"
import { AllowanceBalanceView, allowanceBalanceKeys, allowanceBalanceViews, AllowanceLineWithTerm } from "./utils/views/allowance-balances"
import { workingPeriodsBetween } from "./utils/working-periods"
import { withUnsetColumns } from "./utils/views/created-service-order"
import { BusinessCalendar } from "./utils/business-time"
import { AssignmentDTO, ServiceAgreementDTO, ServiceSubscriptionDTO } from "./types"
import { stateConflict } from "./utils/conflicts"
import { Numbered, withNumbers } from "./utils/numbers"
import { SlaMetric } from "../../types/enums"

export type {
  ClaimedFeeTransaction,
  AgreementForGeneration,
  GenerationCursor,
  GeneratedOrdersWrite,
  ClaimedOccurrence,
  FeeTransactionRow,
  OccurrenceClaim,
  RepairCountRow,
  DueSubscription,
  ServiceOrdersInsert,
  ServiceOrderWithHistory,
  SlaBreach,
  SubscriptionCursor,
  WrittenGeneration,
  WrittenServiceOrders,
}

export const SERVICE_ORDER_NUMBER_SCOPE = "service_order"
export const SERVICE_AGREEMENT_NUMBER_SCOPE = "service_agreement"
export const SERVICE_SUBSCRIPTION_NUMBER_SCOPE = "service_subscription"
export const SERVICE_RETURN_NUMBER_SCOPE = "service_return"

/** The numbered records (by the entity name of their generated methods) and the counter each draws from. */
const NUMBER_SCOPES = {
  ServiceOrders: SERVICE_ORDER_NUMBER_SCOPE,
  ServiceAgreements: SERVICE_AGREEMENT_NUMBER_SCOPE,
  ServiceSubscriptions: SERVICE_SUBSCRIPTION_NUMBER_SCOPE,
  ServiceReturns: SERVICE_RETURN_NUMBER_SCOPE,
} as const
export type NumberedEntity = keyof typeof NUMBER_SCOPES

type CreateServiceAgreementData = Omit<Partial<ServiceAgreementDTO>, "display_id" | "number" | "lines" | "sla" | "service_orders"> & {
  name: string
  currency_code: string
  valid_from: Date
}

/** The list input of a generated create method. */
type CreateInput<Method extends "createServiceStages" | "createServiceLevelAgreements" | "createStageTransitions" | "createSlaEvents"> = Parameters<ServiceManagementModuleService[Method]>[0]

/** A change of an order's lines (see `changeServiceOrderLines`); new lines without the order id. */
export type ServiceOrderLinesChange = {
  service_order_id: string
  create?: Omit<NewServiceOrderLineRow, "service_order_id">[]
  update?: ServiceOrderLineUpdate[]
  delete?: string[]
}

type AssignmentData<Keys extends string> = { [K in Keys]: string } & Record<string, unknown>

type InjectedDependencies = {
  agreementRepository: AgreementRepository
  allowanceRepository: AllowanceRepository
  assignmentRepository: AssignmentRepository
  bomVersionRepository: BomVersionRepository
  dispatchBoardRepository: DispatchBoardRepository
  entitlementRepository: EntitlementRepository
  estimateExpiryRepository: EstimateExpiryRepository
  feeTransactionRepository: FeeTransactionRepository
  moduleDefaultRepository: ModuleDefaultRepository
  numberSequenceRepository: NumberSequenceRepository
  postingClaimRepository: PostingClaimRepository
  repairStatisticsRepository: RepairStatisticsRepository
  serviceOrderInsertRepository: ServiceOrderInsertRepository
  serviceOrderListRepository: ServiceOrderListRepository
  serviceOrderStartRepository: ServiceOrderStartRepository
  serviceOrderTotalsRepository: ServiceOrderTotalsRepository
  serviceOrderDetailRepository: ServiceOrderDetailRepository
  serviceOrderLineChangeRepository: ServiceOrderLineChangeRepository
  slaBreachRepository: SlaBreachRepository
  stageMoveRepository: StageMoveRepository
  subscriptionCursorRepository: SubscriptionCursorRepository
  userRoleRepository: UserRoleRepository
  orderMarginReportRepository: OrderMarginReportRepository
  slaComplianceReportRepository: SlaComplianceReportRepository
  subscriptionReportRepository: SubscriptionReportRepository
  fieldKpiReportRepository: FieldKpiReportRepository
}

/** The reports and their filters; field KPIs' working periods are computed here from the technicians' calendars. */
export type ReportFilters = {
  order_margin: OrderMarginFilters
  sla_compliance: SlaComplianceFilters
  subscriptions: SubscriptionReportFilters
  field_kpis: Omit<FieldKpiFilters, "calendars">
}
export type ReportName = keyof ReportFilters

/**
 * The module's service: MedusaService's generated CRUD for every model, and the few operations
 * that need one statement or lock of their own, delegated to the repositories (one per aggregate).
 */
class ServiceManagementModuleService extends MedusaService({
  AgreementOccurrence: Models.AgreementOccurrence,
  NumberSequence: Models.NumberSequence,
  ServiceAgreement: Models.ServiceAgreement,
  ServiceAgreementLine: Models.ServiceAgreementLine,
  ServiceLevelAgreement: Models.ServiceLevelAgreement,
  ServiceObject: Models.ServiceObject,
  ServiceOrder: Models.ServiceOrder,
  ServiceOrderLine: Models.ServiceOrderLine,
  ServiceStage: Models.ServiceStage,
  ServiceTask: Models.ServiceTask,
  SlaCustomerGroup: Models.SlaCustomerGroup,
  SlaEvent: Models.SlaEvent,
  StageReason: Models.StageReason,
  StageTransition: Models.StageTransition,
  // Keys match the table names (service_bom, …): Query resolves entities by them.
  ServiceBom: Models.Bom,
  ServiceBomComponent: Models.BomComponent,
  ServiceBomVersion: Models.BomVersion,
  ServiceRepairCode: Models.RepairCode,
  ServiceRepairLine: Models.RepairLine,
  ServiceObjectBomHistory: Models.ServiceObjectBomHistory,
  ServiceBillingRun: Models.BillingRun,
  ServiceSubscription: Models.ServiceSubscription,
  ServiceSubscriptionCursor: Models.ServiceSubscriptionCursor,
  ServiceSubscriptionFeeTransaction: Models.SubscriptionFeeTransaction,
  ServiceSubscriptionGroup: Models.SubscriptionGroup,
  ServiceSkill: Models.Skill,
  ServiceDispatchTeam: Models.DispatchTeam,
  ServiceTechnician: Models.Technician,
  ServiceTechnicianAbsence: Models.TechnicianAbsence,
  ServiceAssignment: Models.Assignment,
  ServiceRole: Models.ServiceRole,
  ServiceReturn: Models.ServiceReturn,
  ServiceReturnItem: Models.ServiceReturnItem,
  ServiceReturnStatusChange: Models.ServiceReturnStatusChange,
  ServiceAllowanceBalance: Models.AllowanceBalance,
  ServiceAllowanceUsage: Models.AllowanceUsage,
  ServiceWarrantyTerm: Models.WarrantyTerm,
  ServiceEstimate: Models.ServiceEstimate,
}) {
  protected readonly options_: ResolvedServiceManagementOptions
  protected readonly repositories_: InjectedDependencies

  constructor(container: InjectedDependencies, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolveOptions(options)
    this.repositories_ = container
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

  /** The stored service role of an admin user and the technician linked to that user (the role guard's one query). */
  @InjectManager()
  async resolveUserServiceRole(userId: string, @MedusaContext() sharedContext: Context = {}): Promise<UserServiceRole> {
    return this.repositories_.userRoleRepository.resolve(userId, sharedContext)
  }

  /** What a new service order's start depends on, in one statement (see `ServiceOrderStartRepository.read`). */
  @InjectManager()
  async readServiceOrderStart(
    input: { customer_id: string; stage_code: string | null; agreement_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ServiceOrderStartRead> {
    return this.repositories_.serviceOrderStartRepository.read(input, sharedContext)
  }

  /** Reserves `count` consecutive, gap-free values of a counter (see `NumberSequenceRepository.allocate`). */
  @InjectTransactionManager()
  async allocateNumbers(scope: string, count: number, @MedusaContext() sharedContext: Context = {}): Promise<number[]> {
    return this.repositories_.numberSequenceRepository.allocate(scope, count, sharedContext)
  }

  /**
   * Creates rows with the next numbers of `scope` (display_id and prefixed number) in one
   * transaction: the counter stays locked until the rows exist, and a failed creation gives its
   * numbers back.
   */
  @InjectTransactionManager()
  protected async createNumbered<T, Created>(
    numbering: { scope: string; prefix: string },
    data: T[],
    create: (rows: (T & Numbered)[], sharedContext: Context) => Promise<Created>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Created> {
    const ids = await this.allocateNumbers(numbering.scope, data.length, sharedContext)
    return create(withNumbers(data, ids, numbering.prefix, this.options_.numberPadding), sharedContext)
  }

  /**
   * Writes new service orders set-based — numbers, rows, lines, first stage history rows and SLA
   * starts — in one statement (see `ServiceOrderInsertRepository.prepare`), all created
   * at `at`. The statement is all-or-nothing by itself, so it opens no transaction of its own (the
   * counter's lock then ends with the statement); in a caller's transaction it is part of that.
   */
  @InjectManager()
  async insertServiceOrdersWithHistory(orders: ServiceOrderWithHistory[], at: Date, @MedusaContext() sharedContext: Context = {}): Promise<WrittenServiceOrders> {
    return this.repositories_.serviceOrderInsertRepository.insert(this.prepareServiceOrdersInsert(orders, at), sharedContext)
  }

  /** New orders as the statement that writes them (see `ServiceOrderInsertRepository.prepare`), numbered from the service orders' counter. */
  prepareServiceOrdersInsert(orders: ServiceOrderWithHistory[], at: Date): ServiceOrdersInsert | null {
    const numbering = { scope: SERVICE_ORDER_NUMBER_SCOPE, prefix: this.options_.numberPrefixes.serviceOrder, padding: this.options_.numberPadding }
    return ServiceOrderInsertRepository.prepare(orders, numbering, at)
  }

  /** Creates service agreements with their human numbers (SA-000001), in one transaction. */
  async createNumberedServiceAgreements(data: CreateServiceAgreementData[], sharedContext: Context = {}): Promise<ServiceAgreementDTO[]> {
    const numbering = { scope: SERVICE_AGREEMENT_NUMBER_SCOPE, prefix: this.options_.numberPrefixes.serviceAgreement }
    return this.createNumbered(numbering, data, (rows, ctx) => this.createServiceAgreements(rows, ctx), sharedContext)
  }

  /** Creates service subscriptions with their human numbers (SUB-000001), in one transaction. */
  async createNumberedServiceSubscriptions(data: Record<string, unknown>[], sharedContext: Context = {}): Promise<ServiceSubscriptionDTO[]> {
    const numbering = { scope: SERVICE_SUBSCRIPTION_NUMBER_SCOPE, prefix: this.options_.numberPrefixes.serviceSubscription }
    return this.createNumbered(numbering, data, (rows, ctx) => this.createServiceSubscriptions(rows, ctx), sharedContext)
  }

  /** Creates service returns with their human numbers (RMA-000001), in one transaction. */
  async createNumberedServiceReturns(data: Record<string, unknown>[], sharedContext: Context = {}): Promise<{ id: string; number: string; display_id: number }[]> {
    const numbering = { scope: SERVICE_RETURN_NUMBER_SCOPE, prefix: this.options_.returns.numberPrefix }
    return this.createNumbered(numbering, data, (rows, ctx) => this.createServiceReturns(rows, ctx), sharedContext)
  }

  /** Records a completed service order's draws on its agreement's allowances (see `AllowanceRepository.consume`). */
  @InjectTransactionManager()
  async consumeAllowances(serviceOrderId: string, draws: AllowanceDraw[], @MedusaContext() sharedContext: Context = {}): Promise<AllowanceUsageRow[]> {
    return this.repositories_.allowanceRepository.consume(serviceOrderId, draws, sharedContext)
  }

  /** Gives draws back to their balances and removes them (compensation of `consumeAllowances`). */
  @InjectTransactionManager()
  async releaseAllowances(usageIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.repositories_.allowanceRepository.release(usageIds, sharedContext)
  }

  /**
   * What agreement lines with an allowance have left in the period containing `at`: of the given
   * lines, or of a customer's active agreements. A fixed number of queries (lines with their
   * agreements, then balances) whatever the number of lines. The one read of a balance the API,
   * the admin and the entitlement answer share.
   */
  @InjectManager()
  async listAllowanceBalances(
    filters: { agreement_line_id: string[] } | { customer_id: string },
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AllowanceBalanceView[]> {
    const lineFilter =
      "customer_id" in filters
        ? { agreement: { customer_id: filters.customer_id, status: "active", is_template: false } }
        : { id: filters.agreement_line_id }
    if ("agreement_line_id" in filters && !filters.agreement_line_id.length) {
      return []
    }
    const lines = (await this.listServiceAgreementLines(
      { ...lineFilter, allowance_quantity: { $ne: null } },
      { relations: ["agreement"], order: { created_at: "ASC" } },
      sharedContext
    )) as unknown as AllowanceLineWithTerm[]
    const keys = allowanceBalanceKeys(lines, at).map(({ agreement_line_id, period_start }) => ({ agreement_line_id, period_start }))
    const rows = await this.repositories_.allowanceRepository.balances(keys, sharedContext)
    return allowanceBalanceViews(lines, rows, at)
  }

  /** What a service object's entitlement is computed from, in one statement (see `EntitlementRepository.read`); undefined when there is no such object. */
  @InjectManager()
  async readEntitlementRecords(input: Parameters<EntitlementRepository["read"]>[0], @MedusaContext() sharedContext: Context = {}) {
    return this.repositories_.entitlementRepository.read(input, sharedContext)
  }

  /**
   * Deletes rows one numbered create made (its compensation) and gives their numbers back while
   * they are still the last issued (`NumberSequenceRepository.release`), in one transaction: the
   * rows are gone before anyone can draw the numbers again.
   */
  @InjectTransactionManager()
  async deleteNumbered(entity: NumberedEntity, ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    // The generated methods are named by verb + entity (listServiceOrders, deleteServiceOrders).
    const crud = this as unknown as Record<string, (...args: unknown[]) => Promise<{ display_id: number }[]>>
    const rows = await crud[`list${entity}`]({ id: ids }, { select: ["display_id"] }, sharedContext)
    await crud[`delete${entity}`](ids, sharedContext)
    await this.repositories_.numberSequenceRepository.release(NUMBER_SCOPES[entity], rows.map((r) => Number(r.display_id)), sharedContext)
  }

  /**
   * Bills a batch of due monthly, quarterly and yearly subscriptions in one statement (see
   * `FeeTransactionRepository.insertDueCalendarFees`): fees and cursors in one transaction.
   */
  @InjectTransactionManager()
  async insertDueCalendarFees(
    input: Parameters<FeeTransactionRepository["insertDueCalendarFees"]>[0],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CalendarBatchResult> {
    return this.repositories_.feeTransactionRepository.insertDueCalendarFees(input, sharedContext)
  }

  /** Cursor ids that split the billing cursors into `shares` ranges of about equal size (see `SubscriptionCursorRepository.shareBounds`). */
  @InjectManager()
  async subscriptionCursorShareBounds(shares: number, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    return this.repositories_.subscriptionCursorRepository.shareBounds(shares, sharedContext)
  }

  /** Subscriptions on a custom RRULE with a period due by `as_of`, a page at a time in id order (see `SubscriptionCursorRepository.listDue`). */
  @InjectTransactionManager()
  async listDueSubscriptions(
    input: { as_of: Date; after: string; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DueSubscription[]> {
    return this.repositories_.subscriptionCursorRepository.listDue(input, sharedContext)
  }

  /**
   * Inserts fees, each (subscription, period start) once, and moves the subscriptions' billing
   * cursors past them, each only from where it was read — together, in one transaction. Returns
   * how many fees were inserted.
   */
  @InjectTransactionManager()
  async insertFeeTransactionsAndAdvance(
    input: { rows: FeeTransactionRow[]; cursors: SubscriptionCursor[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const inserted = await this.repositories_.feeTransactionRepository.insert(input.rows, sharedContext)
    await this.repositories_.subscriptionCursorRepository.advance(input.cursors, sharedContext)
    return inserted
  }

  /** Undoes a billing run's fee creation (see `SubscriptionCursorRepository.rewindRun`); returns the fees removed. */
  @InjectTransactionManager()
  async rewindBillingRunFees(billingRunId: string, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return this.repositories_.subscriptionCursorRepository.rewindRun(billingRunId, sharedContext)
  }

  /** Pending fees due by `asOf`, per customer and currency: the invoices a billing run makes. */
  @InjectTransactionManager()
  async listPendingInvoiceGroups(asOf: Date, @MedusaContext() sharedContext: Context = {}): Promise<PendingInvoiceGroup[]> {
    return this.repositories_.feeTransactionRepository.listPendingInvoiceGroups(asOf, sharedContext)
  }

  /** Claims a customer's pending fees in one currency for an invoice; of two runs at once, the second gets nothing. */
  @InjectTransactionManager()
  async claimFeeTransactionsForInvoice(
    input: { customer_id: string; currency_code: string; as_of: Date; order_id: string; billing_run_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedFeeTransaction[]> {
    return this.repositories_.feeTransactionRepository.claimForInvoice(input, sharedContext)
  }

  /** Settles claimed fees: `invoiced` when their order exists, else back to `pending`. */
  @InjectTransactionManager()
  async settleFeeTransactionClaim(input: { order_id: string; invoiced: boolean }, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return this.repositories_.feeTransactionRepository.settleClaim(input, sharedContext)
  }

  /** Compensation of settling: the fees of an order go back to `invoicing`, so the claim can be undone. */
  @InjectTransactionManager()
  async updateInvoicedFeeTransactionsToClaimed(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.repositories_.feeTransactionRepository.unsettle(orderId, sharedContext)
  }

  /** Order ids of fees left `invoicing` by a run that died between claiming and settling. */
  @InjectTransactionManager()
  async listUnsettledInvoiceOrderIds(@MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    return this.repositories_.feeTransactionRepository.listUnsettledInvoiceOrderIds(sharedContext)
  }

  /** Changes an agreement's status only if it still has `from` (409 otherwise). */
  @InjectTransactionManager()
  async moveServiceAgreementStatus(
    input: { id: string; from: string; to: string; set?: Record<string, unknown> },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.repositories_.agreementRepository.moveStatus(input, sharedContext)
  }

  /**
   * Writes a generation run in one transaction: its orders with their history (numbered, see
   * `prepareServiceOrdersInsert`), the claims of their occurrences already naming them, the
   * orphaned claims taken up again pointed at theirs, and the agreements' generation cursors
   * (`advanceGenerationCursors`). A claim a concurrent generation took first undoes the whole
   * write (409): no occurrence gets a second order.
   */
  @InjectTransactionManager()
  async writeGeneratedServiceOrders(input: GeneratedOrdersWrite, @MedusaContext() sharedContext: Context = {}): Promise<WrittenGeneration> {
    const agreements = this.repositories_.agreementRepository
    const written = await this.repositories_.serviceOrderInsertRepository.insert(input.orders, sharedContext)
    const orderOf = (o: { order: number }) => written.orders[o.order].id
    const claimIds = await agreements.claimOccurrences(
      input.claims.map((c) => ({ ...c, service_order_id: orderOf(c) })),
      sharedContext
    )
    if (claimIds.length < input.claims.length) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "A concurrent generation claimed some of these occurrences first; run the generation again")
    }
    await agreements.linkOccurrences(input.reclaimed.map((r) => ({ id: r.id, service_order_id: orderOf(r) })), sharedContext)
    const cursorIds = await this.advanceGenerationCursors(input.cursors, sharedContext)
    return { ...written, claim_ids: claimIds, cursor_ids: cursorIds }
  }

  /** Undoes the link of reclaimed occurrences to their orders: they name no order again. */
  @InjectTransactionManager()
  async unlinkAgreementOccurrences(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.repositories_.agreementRepository.unlinkOccurrences(ids, sharedContext)
  }

  /** The next page of ids of agreements that may have something due (see `AgreementRepository.listDueForGeneration`). */
  @InjectManager()
  async listAgreementsDueForGeneration(
    input: { after: string; limit: number; until: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return this.repositories_.agreementRepository.listDueForGeneration(input, sharedContext)
  }

  /** Moves generation cursors of unchanged agreements forward; answers the ids moved (see `AgreementRepository.advanceGenerationCursors`). */
  @InjectTransactionManager()
  async advanceGenerationCursors(cursors: GenerationCursor[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    return this.repositories_.agreementRepository.advanceGenerationCursors(cursors, sharedContext)
  }

  /** Undoes `advanceGenerationCursors`. */
  @InjectTransactionManager()
  async resetGenerationCursors(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.repositories_.agreementRepository.resetGenerationCursors(ids, sharedContext)
  }

  /** The given agreements, whatever their status, as generation plans them (see `AgreementRepository.listByIdForGeneration`). */
  @InjectManager()
  async listAgreementsByIdForGeneration(
    input: { ids: string[]; until: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AgreementForGeneration[]> {
    return this.repositories_.agreementRepository.listByIdForGeneration(input, sharedContext)
  }

  /** Marks up to `limit` orders whose `metric` due time passed unmet as breached, each once, and returns them. */
  @InjectTransactionManager()
  async markSlaBreaches(input: { metric: SlaMetric; now: Date; limit: number }, @MedusaContext() sharedContext: Context = {}): Promise<SlaBreach[]> {
    return this.repositories_.slaBreachRepository.mark(input, sharedContext)
  }

  /** Marks the given sent estimates expired if they are still unanswered past their validity; returns those it marked. */
  @InjectTransactionManager()
  async expireServiceEstimates(input: { ids: string[]; now: Date }, @MedusaContext() sharedContext: Context = {}): Promise<ExpiredEstimate[]> {
    return this.repositories_.estimateExpiryRepository.expire(input, sharedContext)
  }

  /** Takes estimate expiries back (compensation of a failed expiry run). */
  @InjectTransactionManager()
  async unexpireServiceEstimates(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.repositories_.estimateExpiryRepository.unexpire(ids, sharedContext)
  }

  /** Takes breach marks back (compensation of a failed breach check). */
  @InjectTransactionManager()
  async unmarkSlaBreaches(input: { metric: SlaMetric; ids: string[] }, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.repositories_.slaBreachRepository.unmark(input, sharedContext)
  }

  /**
   * Moves an order to another stage only if it is still in `from_stage_id` (409 naming the stage
   * now otherwise) and writes its history row and the SLA events the move records — one statement
   * (`StageMoveRepository.moveWithHistory`), so all or nothing without a transaction of its own;
   * `set` holds the move's timestamps and the SLA fields those events change, `at` the order's
   * `updated_at`. Answers the history row as a read answers it and the SLA events' ids.
   */
  @InjectManager()
  async moveServiceOrderStage(
    input: StageMove & { transition: StageMoveTransition; sla_events?: StageMoveSlaEvent[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const at = input.at ?? new Date()
    const { transition_id, sla_event_ids } = await this.repositories_.stageMoveRepository.moveWithHistory(
      { ...input, at, sla_events: input.sla_events ?? [] },
      sharedContext
    )
    const transition = withUnsetColumns(Models.StageTransition, { id: transition_id, ...input.transition, service_order_id: input.id, created_at: at, updated_at: at })
    return { transition, sla_event_ids }
  }

  /**
   * Undoes such a move (compensation): deletes its history row and SLA events and moves the order
   * back with `set` (its fields as they were), in one transaction.
   */
  @InjectTransactionManager()
  async undoServiceOrderStageMove(
    input: StageMove & { transition_id: string; sla_event_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.deleteSlaEvents(input.sla_event_ids, sharedContext)
    await this.deleteStageTransitions([input.transition_id], sharedContext)
    await this.repositories_.stageMoveRepository.move(input, sharedContext)
  }

  /** Marks an order posted to the Medusa order about to be created, only if nobody posted it yet. */
  @InjectTransactionManager()
  async claimServiceOrderPosting(
    input: { id: string; number: string; posted_by: string | null; order_id: string | null; abandoned_order_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.repositories_.postingClaimRepository.claim(input, sharedContext)
  }

  /** Undoes a posting claim (compensation): the order is unposted and names no Medusa order. */
  @InjectTransactionManager()
  async releaseServiceOrderPosting(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.repositories_.postingClaimRepository.release(id, sharedContext)
  }

  /**
   * Changes an order's lines — adds `create`, changes `update`, soft-deletes `delete` — and
   * recomputes its revenue, cost and margin from the lines then live, in one transaction, all
   * stamped with one time. Answers the lines as written, the ids deleted, the totals as written
   * (with the order's `updated_at`) and what `undoServiceOrderLinesChange` needs.
   */
  @InjectTransactionManager()
  async changeServiceOrderLines(input: ServiceOrderLinesChange, @MedusaContext() sharedContext: Context = {}) {
    const at = new Date()
    const lines = this.repositories_.serviceOrderLineChangeRepository
    const created = input.create?.length ? await lines.insert(input.create.map((l) => ({ ...l, service_order_id: input.service_order_id })), at, sharedContext) : []
    const updated = input.update?.length ? await lines.update(input.update, at, sharedContext) : { written: [], before: [] }
    const deletedIds = input.delete?.length ? await lines.softDelete(input.delete, at, sharedContext) : []
    const totals = await this.repositories_.serviceOrderTotalsRepository.refresh([input.service_order_id], at, sharedContext)
    return {
      created,
      updated: updated.written,
      deleted_ids: deletedIds,
      totals: totals.written[0],
      undo: { created_ids: created.map((l) => l.id as string), before: updated.before, deleted_ids: deletedIds, totals: totals.previous },
    }
  }

  /** Undoes `changeServiceOrderLines` (compensation) from its `undo`: the lines and the totals as they were, in one transaction. */
  @InjectTransactionManager()
  async undoServiceOrderLinesChange(undo: ServiceOrderLinesUndo & { totals: PreviousServiceOrderTotals[] }, @MedusaContext() sharedContext: Context = {}) {
    await this.repositories_.serviceOrderLineChangeRepository.undo(undo, sharedContext)
    await this.repositories_.serviceOrderTotalsRepository.restore(undo.totals, sharedContext)
  }

  /**
   * One service order with Query's `fields`, as Query answers it, in one statement; null when
   * there is none, undefined for a field this read does not know (see `ServiceOrderDetailRepository`).
   */
  @InjectManager()
  async readServiceOrderDetail(id: string, fields: string[], @MedusaContext() sharedContext: Context = {}) {
    return this.repositories_.serviceOrderDetailRepository.read(id, fields, sharedContext)
  }

  /**
   * As `readServiceOrderDetail`, with the stage a move goes to (and its reasons) in the same
   * statement: `{ order, to }`, each null when not there; undefined for a field the read does not know.
   */
  @InjectManager()
  async readServiceOrderMove(id: string, fields: string[], target: MoveTarget, @MedusaContext() sharedContext: Context = {}) {
    return this.repositories_.serviceOrderDetailRepository.readWithMoveTarget(id, fields, target, sharedContext)
  }

  /** A repair line of an order read as `readServiceOrderDetail` reads the order; null when the order has no such line. */
  @InjectManager()
  async readRepairLineDetail(serviceOrderId: string, id: string, fields: string[], @MedusaContext() sharedContext: Context = {}) {
    return this.repositories_.serviceOrderDetailRepository.readRepairLine(serviceOrderId, id, fields, sharedContext)
  }

  /**
   * Creates the configured default stages when the merchant has none yet. Safe to run from
   * several instances at once: they take turns, and only the first finds no stages.
   */
  @InjectTransactionManager()
  async ensureDefaultStages(@MedusaContext() sharedContext: Context = {}): Promise<number> {
    const defaults = this.repositories_.moduleDefaultRepository
    await defaults.lock("stages", sharedContext)
    if ((await defaults.countStages(sharedContext)) > 0) {
      return 0
    }
    const stages = this.options_.defaultStages
    const rows = stages.map(({ reasons, ...stage }) => ({
      ...stage,
      reasons: (reasons ?? []).map((r) => ({ ...r, is_active: true })),
    }))
    // Medusa creates the nested reasons, though its generated input type names relations by id only.
    await this.createServiceStages(rows as unknown as CreateInput<"createServiceStages">, sharedContext)
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
    const defaults = this.repositories_.moduleDefaultRepository
    await defaults.lock("sla", sharedContext)
    if ((await defaults.countDefaultSlas(sla.code, sharedContext)) > 0) {
      return 0
    }
    const rows = [{ ...sla, is_default: true, is_active: true }]
    // `holidays` is a JSON column holding a list; the generated input type says object.
    await this.createServiceLevelAgreements(rows as unknown as CreateInput<"createServiceLevelAgreements">, sharedContext)
    return 1
  }

  /**
   * Creates an assignment while holding its technician's schedule: racing bookings meet the
   * exclusion constraint one after another instead of deadlocking on it.
   */
  @InjectTransactionManager()
  async createServiceAssignmentOnSchedule(
    data: AssignmentData<"technician_id">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AssignmentDTO> {
    await this.repositories_.assignmentRepository.lockSchedule(data.technician_id, sharedContext)
    const [created] = await this.createServiceAssignments([data], sharedContext)
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
    data: AssignmentData<"id" | "technician_id">,
    expected_updated_at: Date | null | undefined,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AssignmentDTO> {
    const assignments = this.repositories_.assignmentRepository
    await assignments.lockSchedule(data.technician_id, sharedContext)
    if (expected_updated_at && (await assignments.lockIfUnchanged(data.id, expected_updated_at, sharedContext)) === false) {
      throw await this.assignmentConflict(data.id, expected_updated_at, sharedContext)
    }
    const [updated] = await this.updateServiceAssignments([data], sharedContext)
    return updated
  }

  /** The 409 for a stale assignment version: who has it, when, in which status, last changed when. */
  @InjectManager()
  async assignmentConflict(id: string, expected_updated_at: Date | string, @MedusaContext() sharedContext: Context = {}) {
    const now = await this.repositories_.assignmentRepository.retrieveState(id, sharedContext)
    const iso = (d: Date | string) => new Date(d).toISOString()
    const state = now
      ? `${now.status}: ${[now.first_name, now.last_name].filter(Boolean).join(" ")} on ${now.number} from ${iso(now.starts_at)} to ${iso(now.ends_at)}, last changed ${iso(now.updated_at)}`
      : "deleted"
    return stateConflict(`Assignment ${id}`, state, `the version of ${iso(expected_updated_at)}`)
  }

  /** Approves a draft BOM version; an overlap with another approved version is a 400 naming the rule. */
  @InjectTransactionManager()
  async approveBomVersion(input: { id: string; approved_by?: string | null }, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.repositories_.bomVersionRepository.approve(input, sharedContext)
  }

  /** Takes an approval back (compensation of a failed approval workflow). */
  @InjectTransactionManager()
  async unapproveBomVersion(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.repositories_.bomVersionRepository.unapprove(id, sharedContext)
  }

  /**
   * Counts repair lines by symptom, diagnosis, symptom × diagnosis, resolution and BOM component,
   * in one grouped query, for the lines matching `filters` (product, BOM version, component,
   * object, period).
   */
  @InjectTransactionManager()
  async countRepairLines(filters: RepairCountFilters, @MedusaContext() sharedContext: Context = {}): Promise<RepairCountRow[]> {
    return this.repositories_.repairStatisticsRepository.countRepairLines(filters, sharedContext)
  }

  /**
   * The dispatch board of a scope in three statements (see `DispatchBoardRepository`): the page of
   * technicians, then at once their schedules and what the board names (queue, orders, customers, stages).
   */
  @InjectManager()
  async readDispatchBoard(scope: DispatchBoardScope, @MedusaContext() sharedContext: Context = {}) {
    const boards = this.repositories_.dispatchBoardRepository
    const { count, technicians } = await boards.technicians(scope, sharedContext)
    const ids = technicians.map((t) => t.id)
    const [schedules, references] = await Promise.all([boards.schedules(ids, scope, sharedContext), boards.references(ids, scope, sharedContext)])
    return { count, technicians, schedules, ...references }
  }

  /** A page of the service order list with `fields`, and its count up to a cap (see `ServiceOrderListRepository.page`). */
  @InjectManager()
  async listServiceOrderPage(
    filters: ServiceOrderListFilters,
    paging: ServiceOrderListPaging,
    fields: readonly string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ServiceOrderListPage> {
    return this.repositories_.serviceOrderListRepository.page(filters, paging, fields, sharedContext)
  }

  /** The stage ids a list's `stage_code` and `is_open` name (undefined when it names neither). */
  @InjectManager()
  async listServiceOrderStageIds(
    filters: Pick<ServiceOrderListFilters, "stage_code" | "is_open">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[] | undefined> {
    return this.repositories_.serviceOrderListRepository.stageIds(filters, sharedContext)
  }

  /** One page of a report: its rows, how many there are, and the totals (per currency where amounts are). */
  @InjectManager()
  async readReport<R extends ReportName>(
    report: R,
    filters: ReportFilters[R],
    paging: ReportPaging,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReportPage> {
    const [repository, prepared] = await this.prepareReport(report, filters, sharedContext)
    return repository.page(prepared, paging, sharedContext)
  }

  /** Every row of a report, `batchSize` at a time through a cursor (inside one read transaction). */
  @InjectTransactionManager()
  async streamReport<R extends ReportName>(
    report: R,
    filters: ReportFilters[R],
    batchSize: number,
    onRows: (rows: ReportRow[]) => Promise<void>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const [repository, prepared] = await this.prepareReport(report, filters, sharedContext)
    await repository.stream(prepared, batchSize, onRows, sharedContext)
  }

  // The repository of a report and its complete filters. Field KPIs need working time: computed
  // with the business-time code once per distinct technician calendar, never per row.
  private async prepareReport(
    report: ReportName,
    filters: ReportFilters[ReportName],
    sharedContext: Context
  ): Promise<readonly [ReportRepository<object>, object]> {
    const r = this.repositories_
    switch (report) {
      case "order_margin":
        return [r.orderMarginReportRepository, filters] as const
      case "sla_compliance":
        return [r.slaComplianceReportRepository, filters] as const
      case "subscriptions":
        return [r.subscriptionReportRepository, filters] as const
      case "field_kpis": {
        const f = filters as ReportFilters["field_kpis"]
        const calendars = await r.fieldKpiReportRepository.listCalendars(f, sharedContext)
        return [
          r.fieldKpiReportRepository,
          {
            ...f,
            calendars: calendars.map((c) => ({
              ...c,
              periods: workingPeriodsBetween({ timezone: c.timezone, working_hours: c.working_hours as BusinessCalendar["working_hours"] }, f.from, f.to),
            })),
          },
        ] as const
      }
    }
  }
}

export default ServiceManagementModuleService
