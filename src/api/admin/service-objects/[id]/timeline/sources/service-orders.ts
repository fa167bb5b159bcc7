import type { TimelineEntry } from "../../../../../../types/http/timeline"
import { humanize, TimelineSource } from "./types"

/**
 * The object's service orders: each opening (a customer's request from the storefront, or an
 * order staff opened), its stage moves, and its completion (a move to a terminal stage that is
 * not a cancellation, with what it earned and cost for staff). Moves to stages customers do not
 * see are staff-only. One list of orders with their moves, beside the stage catalogue.
 */
export const serviceOrderSource: TimelineSource = async ({ service, object }) => {
  const [orders, stages] = await Promise.all([
    service.listServiceOrders(
      { service_object_id: object.id },
      {
        relations: ["stage_transitions"],
        select: [
          "id", "number", "title", "channel", "internal_note", "currency_code", "revenue_total", "cost_total", "created_at",
          "stage_transitions.id", "stage_transitions.from_stage_code", "stage_transitions.to_stage_code", "stage_transitions.note", "stage_transitions.created_at",
        ],
      }
    ),
    service.listServiceStages({}, { select: ["code", "name", "is_terminal", "is_cancellation", "customer_visible"], withDeleted: true }),
  ])
  const stageOf = new Map(stages.map((s) => [s.code, s]))
  const entries: TimelineEntry[] = []
  for (const so of orders) {
    const reference = { type: "service_order" as const, id: so.id, label: so.number }
    const requested = so.channel === "storefront"
    entries.push({
      id: `${requested ? "service_requested" : "service_order_created"}:${so.id}`,
      kind: requested ? "service_requested" : "service_order_created",
      at: so.created_at,
      title: requested ? `Service requested (${so.number})` : `Service order ${so.number} opened`,
      description: so.title ?? null,
      internal_note: so.internal_note ?? null,
      reference,
    })
    for (const t of so.stage_transitions ?? []) {
      // The first move (from no stage) is the opening above.
      if (!t.from_stage_code) {
        continue
      }
      const stage = stageOf.get(t.to_stage_code)
      const completed = !!stage?.is_terminal && !stage.is_cancellation
      entries.push({
        id: `stage_changed:${t.id}`,
        kind: completed ? "service_order_completed" : "stage_changed",
        at: t.created_at,
        title: completed ? `Service order ${so.number} completed` : `Service order ${so.number}: ${stage?.name ?? humanize(t.to_stage_code)}`,
        internal_note: t.note ?? null,
        reference,
        staff_only: stage ? !stage.customer_visible : false,
        amounts: completed ? { currency_code: so.currency_code, revenue_total: Number(so.revenue_total), cost_total: Number(so.cost_total) } : null,
      })
    }
  }
  return entries
}
