import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE, ServiceEstimateDTO } from "../../modules/service-management"
import ServiceManagementModuleService from "../../modules/service-management/service"
import { effectiveEstimateStatus } from "../../modules/service-management/utils/estimate-status"
import { ServiceEstimate as EstimateVersionView, ServiceEstimateOrder as EstimateOrderView } from "../../types/http"

const ORDER_FIELDS = [
  "id",
  "status",
  "currency_code",
  "subtotal",
  "tax_total",
  "total",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.total",
]

const num = (v: unknown) => Number(v ?? 0)

function orderView(o: Record<string, any>): EstimateOrderView {
  return {
    id: o.id,
    status: o.status,
    currency_code: o.currency_code,
    subtotal: num(o.subtotal),
    tax_total: num(o.tax_total),
    total: num(o.total),
    items: (o.items ?? []).map((i: Record<string, any>) => ({
      id: i.id,
      title: i.title,
      subtitle: i.subtitle ?? null,
      quantity: num(i.quantity),
      unit_price: num(i.unit_price),
      subtotal: num(i.subtotal),
      total: num(i.total),
    })),
  }
}

/**
 * The estimates of the given service orders, newest version first, each with its Medusa order's
 * lines and totals. Two queries whatever the number of orders and versions.
 */
export async function loadServiceEstimates(
  scope: MedusaContainer,
  serviceOrderIds: string[]
): Promise<Map<string, EstimateVersionView[]>> {
  const byOrder = new Map<string, EstimateVersionView[]>()
  if (!serviceOrderIds.length) {
    return byOrder
  }
  const estimates = (await scope
    .resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    .listServiceEstimates(
      { service_order_id: serviceOrderIds },
      { order: { version: "DESC" } }
    )) as ServiceEstimateDTO[]
  const orderIds = estimates.map((e) => e.draft_order_id)
  const { data: orders } = orderIds.length
    ? await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } })
    : { data: [] }
  const ordersById = new Map((orders as Record<string, any>[]).map((o) => [o.id, orderView(o)]))
  const now = new Date()
  for (const e of estimates) {
    const view: EstimateVersionView = {
      id: e.id,
      version: e.version,
      status: effectiveEstimateStatus(e, now),
      currency_code: e.currency_code,
      valid_until: e.valid_until,
      sent_at: e.sent_at,
      answered_at: e.answered_at,
      answer_note: e.answer_note,
      draft_order_id: e.draft_order_id,
      created_by: e.created_by,
      sent_by: e.sent_by,
      created_at: e.created_at,
      order: ordersById.get(e.draft_order_id) ?? null,
    }
    byOrder.set(e.service_order_id, [...(byOrder.get(e.service_order_id) ?? []), view])
  }
  return byOrder
}

/**
 * What the customer sees of their order's estimate: the sent (or answered) current version with
 * its lines, total and validity — never a draft, costs, staff or internal notes.
 */
export function customerEstimate(versions: EstimateVersionView[] | undefined) {
  const e = versions?.find((v) => v.status !== "draft")
  if (!e || !["sent", "accepted", "declined", "expired"].includes(e.status)) {
    return null
  }
  return {
    version: e.version,
    status: e.status,
    currency_code: e.currency_code,
    valid_until: e.valid_until,
    sent_at: e.sent_at,
    answered_at: e.answered_at,
    answer_note: e.answer_note,
    can_answer: e.status === "sent",
    items: (e.order?.items ?? []).map(({ title, subtitle, quantity, unit_price, total }) => ({ title, subtitle, quantity, unit_price, total })),
    subtotal: e.order?.subtotal ?? null,
    tax_total: e.order?.tax_total ?? null,
    total: e.order?.total ?? null,
  }
}
