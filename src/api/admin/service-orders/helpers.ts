import { MedusaRequest } from "@medusajs/framework/http"
import { retrieveEntity } from "../../utils/respond"

/** Re-reads a service order with the fields the request asked for. */
export const refetchServiceOrder = (req: MedusaRequest, id: string) =>
  retrieveEntity(req, "service_order", { id }, "Service order")

/** Turns the list route's query filters into module filters (stage codes and "open" go through the stage). */
export function serviceOrderFilters(params: Record<string, unknown>) {
  const { stage_code, is_open, ...filters } = params
  const stage: Record<string, unknown> = {}
  if (stage_code) {
    stage.code = stage_code
  }
  if (is_open !== undefined) {
    stage.is_terminal = !is_open
  }
  return Object.keys(stage).length ? { ...filters, stage } : filters
}
