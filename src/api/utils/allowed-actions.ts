import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  repairLineAllowedActions,
  RepairLineRuleView,
  serviceAgreementAllowedActions,
  serviceOrderAllowedActions,
  ServiceOrderRuleView,
  serviceReturnAllowedActions,
  serviceSubscriptionAllowedActions,
} from "../../modules/service-management/utils/allowed-actions"
import { AgreementView } from "../../modules/service-management/utils/agreement-status"
import { SubscriptionState } from "../../modules/service-management/utils/subscription-status"
import { flattenCursor } from "../../modules/service-management/utils/subscription-cursor"
import { ServiceReturnStatus, SUBSCRIPTION_SCHEDULE_FIELDS } from "../../types"

// A detail answer's `allowed_actions` reads the fields its rules need itself, whatever `fields`
// the request asked for, so the answer never depends on what the client selected.

async function one<T>(req: MedusaRequest, entity: string, id: string, fields: string[]): Promise<T> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters: { id } })
  return data[0] as T
}

const ORDER_RULE_FIELDS = ["number", "posted_at", "stage.*"]

export async function withServiceOrderActions<T extends object>(req: MedusaRequest, id: string, order: T) {
  const rules = await one<ServiceOrderRuleView>(req, "service_order", id, ORDER_RULE_FIELDS)
  return { ...order, allowed_actions: serviceOrderAllowedActions(rules) }
}

export async function withServiceAgreementActions<T extends object>(req: MedusaRequest, id: string, agreement: T) {
  const rules = await one<AgreementView & { lines: { id: string }[] }>(req, "service_agreement", id, [
    "number",
    "status",
    "is_template",
    "customer_id",
    "valid_to",
    "suspensions",
    "lines.id",
  ])
  return { ...agreement, allowed_actions: serviceAgreementAllowedActions(rules, { lineCount: rules.lines?.length ?? 0 }) }
}

export async function withServiceSubscriptionActions<T extends object>(req: MedusaRequest, id: string, subscription: T) {
  const rules = flattenCursor(await one<Omit<SubscriptionState, "next_period_start"> & { cursor: { next_period_start: Date | null } }>(req, "service_subscription", id, [
    "id",
    "number",
    "status",
    ...SUBSCRIPTION_SCHEDULE_FIELDS,
    "cancel_from",
    "pauses",
    "cursor.next_period_start",
  ]))
  return { ...subscription, allowed_actions: serviceSubscriptionAllowedActions(rules) }
}

export async function withServiceReturnActions<T extends object>(req: MedusaRequest, id: string, ret: T) {
  const rules = await one<{ number: string; status: ServiceReturnStatus }>(req, "service_return", id, ["number", "status"])
  return { ...ret, allowed_actions: serviceReturnAllowedActions(rules) }
}

/** Repair lines of one order, each with its `allowed_actions` (two queries, whatever the number of lines). */
export async function withRepairLineActions<T extends { id: string }>(req: MedusaRequest, orderId: string, lines: T[]) {
  if (!lines.length) {
    return lines
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [order, { data }] = await Promise.all([
    one<ServiceOrderRuleView>(req, "service_order", orderId, ORDER_RULE_FIELDS),
    query.graph({
      entity: "service_repair_line",
      fields: ["id", "status", "diagnosis_code_id", "resolution_code_id"],
      filters: { id: lines.map((l) => l.id) },
    }),
  ])
  const rules = new Map((data as (RepairLineRuleView & { id: string })[]).map((l) => [l.id, l]))
  return lines.map((line) => ({ ...line, allowed_actions: repairLineAllowedActions(rules.get(line.id)!, order) }))
}
