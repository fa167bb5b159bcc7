import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { returnWindowCloses } from "../../../modules/service-management/utils/return-window"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaContainer } from "@medusajs/framework/types"
import { SERVICE_MANAGEMENT_MODULE, ServiceReturnDTO, ServiceReturnItemDTO } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertPrecondition, stateConflict } from "../../../modules/service-management/utils/conflicts"
import { planServiceReturnMove } from "../../../modules/service-management/utils/return-status"
import { ServiceActor } from "../../types"
import { checkReferences } from "../../common/utils/references"
import { ServiceReturnAction } from "../../../types/enums"
import type { ServiceReturnItem } from "../../../types/http/returns"

/** An item as the contract names it, before it has an id or a warranty decision. */
export type ServiceReturnItemInput = Omit<ServiceReturnItem, "id" | "under_warranty">

/** The order fields the returnable quantities are computed from. */
type ReturnableOrder = {
  id: string
  customer_id: string | null
  created_at: Date
  status: string
  items?: { id: string; detail?: { fulfilled_quantity?: unknown; return_requested_quantity?: unknown; returned_quantity?: unknown } | null }[]
}

/** A service return as the status moves read it: with its items. */
export type ServiceReturnWithItems = ServiceReturnDTO & { items: ServiceReturnItemDTO[] }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export const validateServiceReturnItemsStepId = "validate-service-return-items"
/**
 * Checks that every item is a line of the order, that the quantities are still returnable
 * (fulfilled − requested or returned in Medusa − held by other live service returns) and that the service
 * objects named belong to the order's customer; for a customer's own request also that the order
 * is theirs and still inside the return window. Returns the order's party.
 */
export const validateServiceReturnItemsStep = createStep(
  validateServiceReturnItemsStepId,
  async (
    input: { order_id: string; items: ServiceReturnItemInput[]; customer_id?: string; window_days?: number },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "created_at", "status", "items.id", "items.quantity", "items.detail.fulfilled_quantity", "items.detail.return_requested_quantity", "items.detail.returned_quantity"],
      filters: { id: input.order_id },
    })
    const order = orders[0] as ReturnableOrder | undefined
    // A customer's request sees only their own orders: another's is "not found", not "forbidden".
    if (!order || (input.customer_id && order.customer_id !== input.customer_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    }
    // A customer's own request is held to the plugin's return window (option returns.windowDays).
    const windowDays =
      input.window_days ??
      (input.customer_id ? container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).getOptions().returns.windowDays : undefined)
    if (windowDays !== undefined) {
      const closes = returnWindowCloses(order.created_at, windowDays)
      if (closes < new Date()) {
        throw invalid(`The return window of ${windowDays} days for order ${input.order_id} closed on ${closes.toISOString().slice(0, 10)}`)
      }
    }
    if (order.status === "canceled") {
      throw invalid(`Order ${input.order_id} is canceled`)
    }
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    // Only requested service returns hold units of their own: an approved one has its Medusa
    // return, which the line's return_requested_quantity already counts.
    const live = await service.listServiceReturnItems(
      { order_line_item_id: input.items.map((i) => i.order_line_item_id), service_return: { status: ["requested" as const] } },
      { select: ["order_line_item_id", "quantity"] }
    )
    const wanted = new Map<string, number>()
    for (const item of input.items) {
      wanted.set(item.order_line_item_id, (wanted.get(item.order_line_item_id) ?? 0) + item.quantity)
    }
    for (const [lineId, quantity] of wanted) {
      const line = order.items?.find((l) => l.id === lineId)
      if (!line) {
        throw invalid(`Line item ${lineId} is not an item of order ${input.order_id}`)
      }
      const held = live.filter((l) => l.order_line_item_id === lineId).reduce((s, l) => s + Number(l.quantity), 0)
      // Medusa returns only what was fulfilled; Medusa's requested returns (approved service returns
      // among them) and requested service returns hold the rest.
      const returnable =
        Number(line.detail?.fulfilled_quantity ?? 0) - Number(line.detail?.return_requested_quantity ?? 0) - Number(line.detail?.returned_quantity ?? 0) - held
      if (quantity > returnable) {
        throw invalid(`Line item ${lineId}: ${quantity} requested, only ${Math.max(returnable, 0)} can still be returned`)
      }
    }
    await checkReferences(
      container,
      input.items.map((item, i) => ({
        field: `items[${i}].service_object_id`,
        entity: "service_object" as const,
        id: item.service_object_id,
        customer_id: order.customer_id,
      }))
    )
    return new StepResponse({ id: order.id, customer_id: order.customer_id, created_at: order.created_at })
  }
)

export const createServiceReturnStepId = "create-service-return"
/** Creates the numbered service return with its items and first history row; compensation deletes it and gives its number back if still the last. */
export const createServiceReturnStep = createStep(
  createServiceReturnStepId,
  async (
    input: { order_id: string; customer_id: string | null; reason?: string | null; channel: "admin" | "storefront"; items: ServiceReturnItemInput[]; actor?: ServiceActor; metadata?: Record<string, unknown> | null },
    { container }
  ) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const [created] = await service.createNumberedServiceReturns([
      {
        order_id: input.order_id,
        customer_id: input.customer_id,
        reason: input.reason ?? null,
        channel: input.channel,
        status: "requested",
        requested_at: new Date(),
        created_by: input.actor?.id ?? null,
        metadata: input.metadata ?? null,
        items: input.items,
        history: [{ from_status: null, to_status: "requested", actor_type: input.actor?.type ?? "system", actor_id: input.actor?.id ?? null }],
      },
    ])
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).deleteNumbered("ServiceReturns", [id])
    }
  }
)

export const loadServiceReturnForMoveStepId = "load-service-return-for-move"
/**
 * Loads a service return with its items and checks, before anything is written, the caller's
 * precondition (409 naming the status now) and that the move is allowed. Runs inside the return's lock.
 */
export const loadServiceReturnForMoveStep = createStep(
  loadServiceReturnForMoveStepId,
  async (input: { id: string; action: ServiceReturnAction; from_status?: string }, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const [found] = await service.listServiceReturns({ id: input.id }, { relations: ["items"] })
    if (!found) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service return with id: ${input.id} was not found`)
    }
    assertPrecondition({ subject: `Service return ${found.number}`, current: found.status, expected: input.from_status })
    planServiceReturnMove(found, input.action)
    return new StepResponse(found as ServiceReturnWithItems)
  }
)

type MoveInput = { id: string; action: ServiceReturnAction; actor?: ServiceActor; note?: string | null; set?: Record<string, unknown> }
type MoveUndo = { id: string; previous: Record<string, unknown>; change_id: string }

/**
 * Moves a service return's status (checked again against the stored status, and written only if
 * that status is still stored: compare-and-set), stamps the time, writes `set` and a history row.
 */
async function moveServiceReturnStatus(input: MoveInput, { container }: { container: MedusaContainer }) {
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  const before = await service.retrieveServiceReturn(input.id)
  const plan = planServiceReturnMove(before, input.action)
  const set: Record<string, unknown> = { ...(input.set ?? {}), status: plan.to }
  if (plan.stamp) {
    set[plan.stamp] = new Date()
  }
  const previous = Object.fromEntries(Object.keys(set).map((k) => [k, (before as Record<string, unknown>)[k] ?? null]))
  // Compare-and-set: the move applies only to the status it was planned from.
  const updated = await service.updateServiceReturns({ selector: { id: input.id, status: plan.from }, data: set })
  if (!updated.length) {
    const now = await service.retrieveServiceReturn(input.id)
    throw stateConflict(`Service return ${before.number}`, now.status, plan.from)
  }
  const [change] = await service.createServiceReturnStatusChanges([
    {
      service_return_id: input.id,
      from_status: plan.from,
      to_status: plan.to,
      actor_type: input.actor?.type ?? "system",
      actor_id: input.actor?.id ?? null,
      note: input.note ?? null,
    },
  ])
  return new StepResponse({ id: input.id, from: plan.from, to: plan.to }, { id: input.id, previous, change_id: change.id } as MoveUndo)
}

/** Undoes a move: removes its history row and writes back the fields it set. */
async function undoServiceReturnMove(data: MoveUndo | undefined, { container }: { container: MedusaContainer }) {
  if (!data) {
    return
  }
  const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
  await service.deleteServiceReturnStatusChanges([data.change_id])
  await service.updateServiceReturns({ id: data.id, ...data.previous })
}

export const moveServiceReturnStatusStepId = "move-service-return-status"
/** Moves a service return's status (see `moveServiceReturnStatus`); compensation restores. */
export const moveServiceReturnStatusStep = createStep(moveServiceReturnStatusStepId, moveServiceReturnStatus, undoServiceReturnMove)

export const startServiceReturnRepairStepId = "start-service-return-repair"
/**
 * The same move as a step of its own id, for a second move in one workflow (receipt: received,
 * then in repair). A step renamed with `.config({ name })` inside `when` would be compensated
 * with the first move's data in Medusa 2.21 (`.if` re-registers the handler built for the
 * original name), leaving the second move's history row behind.
 */
export const startServiceReturnRepairStep = createStep(startServiceReturnRepairStepId, moveServiceReturnStatus, undoServiceReturnMove)

export const markServiceReturnItemsStepId = "mark-service-return-items"
/** Records per item its service object and warranty flag found on receipt; compensation restores. */
export const markServiceReturnItemsStep = createStep(
  markServiceReturnItemsStepId,
  async (input: { id: string; service_object_id: string | null; under_warranty: boolean }[], { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    if (!input.length) {
      return new StepResponse([], [])
    }
    const before = await service.listServiceReturnItems({ id: input.map((i) => i.id) }, { select: ["id", "service_object_id", "under_warranty"] })
    await service.updateServiceReturnItems(input)
    return new StepResponse(input, before.map((b) => ({ id: b.id, service_object_id: b.service_object_id, under_warranty: b.under_warranty })))
  },
  async (before, { container }) => {
    if (before?.length) {
      await container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).updateServiceReturnItems(before)
    }
  }
)
