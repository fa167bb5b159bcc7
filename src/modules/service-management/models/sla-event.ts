import { model } from "@medusajs/framework/utils"
import { ServiceOrder } from "./service-order"
import { SLA_EVENT_SOURCES, SLA_EVENT_TYPES, SLA_METRICS } from "../../../types/enums"

/**
 * One entry of an order's SLA log. Actual response and resolution times are computed from the
 * log in business minutes (pauses excluded); a `stop` names the metric it meets. Never edited.
 */
export const SlaEvent = model
  .define("service_sla_event", {
    id: model.id({ prefix: "slaev" }).primaryKey(),
    type: model.enum([...SLA_EVENT_TYPES]),
    metric: model.enum([...SLA_METRICS]).nullable(),
    reason_code: model.text().nullable(),
    note: model.text().nullable(),
    source: model.enum([...SLA_EVENT_SOURCES]).default("manual"),
    actor_type: model.enum(["user", "customer", "system"]).default("system"),
    actor_id: model.text().nullable(),
    occurred_at: model.dateTime(),
    service_order: model.belongsTo(() => ServiceOrder, { mappedBy: "sla_events" }),
  })
  .indexes([{ on: ["service_order_id", "occurred_at"], where: "deleted_at IS NULL" }])
