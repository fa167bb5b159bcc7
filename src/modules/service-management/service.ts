import { Context } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  NumberSequence,
  ServiceObject,
  ServiceOrder,
  ServiceOrderLine,
  ServiceStage,
  ServiceTask,
  StageReason,
  StageTransition,
} from "./models"
import { ResolvedServiceManagementOptions, resolveOptions } from "./options"
import { ServiceOrderDTO } from "./types"
import { formatNumber } from "./utils/numbers"
import { computeServiceOrderTotals } from "./utils/totals"

export const SERVICE_ORDER_NUMBER_SCOPE = "service_order"

type CreateServiceOrderData = Omit<Partial<ServiceOrderDTO>, "display_id" | "number" | "stage"> & {
  customer_id: string
  stage_id: string
  currency_code: string
}

class ServiceManagementModuleService extends MedusaService({
  NumberSequence,
  ServiceObject,
  ServiceOrder,
  ServiceOrderLine,
  ServiceStage,
  ServiceTask,
  StageReason,
  StageTransition,
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
    },
  }

  getOptions(): ResolvedServiceManagementOptions {
    return this.options_
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

  /** Creates service orders with their human numbers, in one transaction. */
  @InjectTransactionManager()
  async createNumberedServiceOrders(
    data: CreateServiceOrderData[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ServiceOrderDTO[]> {
    const { serviceOrder: prefix } = this.options_.numberPrefixes
    const ids = await this.allocateNumbers(SERVICE_ORDER_NUMBER_SCOPE, data.length, sharedContext)
    const rows = data.map((d, i) => ({
      ...d,
      display_id: ids[i],
      number: formatNumber(prefix, ids[i], this.options_.numberPadding),
    }))
    return (await this.createServiceOrders(rows as any, sharedContext)) as unknown as ServiceOrderDTO[]
  }

  /**
   * Moves an order to another stage only if it is still in `fromStageId`: of two concurrent moves
   * from the same stage, the second finds nothing to update and gets a conflict.
   */
  @InjectTransactionManager()
  async moveServiceOrderStage(
    input: { id: string; from_stage_id: string; to_stage_id: string; timestamps?: Record<string, Date | null> },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const stamps = Object.entries(input.timestamps ?? {}).filter(([k]) =>
      ["closed_at", "canceled_at"].includes(k)
    )
    const setStamps = stamps.map(([k]) => `, "${k}" = ?`).join("")
    const result = await manager.execute(
      `UPDATE service_order SET stage_id = ?, stage_changed_at = now(), updated_at = now()${setStamps}
       WHERE id = ? AND stage_id = ? AND deleted_at IS NULL`,
      [input.to_stage_id, ...stamps.map(([, v]) => v), input.id, input.from_stage_id],
      "run"
    )
    if (!(result as unknown as { affectedRows?: number })?.affectedRows) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Service order ${input.id} changed stage meanwhile; reload it and try again`
      )
    }
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
}

export default ServiceManagementModuleService
