import { model } from "@medusajs/framework/utils"
import { AgreementOccurrence } from "./agreement-occurrence"
import { Assignment } from "./assignment"
import { RepairLine } from "./repair-line"
import { ServiceAgreement } from "./service-agreement"
import { ServiceLevelAgreement } from "./service-level-agreement"
import { ServiceObject } from "./service-object"
import { ServiceOrderLine } from "./service-order-line"
import { ServiceStage } from "./service-stage"
import { ServiceEstimate } from "./service-estimate"
import { SlaEvent } from "./sla-event"
import { StageTransition } from "./stage-transition"
import { breachCandidates } from "../utils/sla-breach-candidates"
import { INPUT_LIMITS, maxLengthCheck, metadataSizeCheck } from "../utils/input-limits"
import { SERVICE_ORDER_CHANNELS, SERVICE_ORDER_PRIORITIES } from "../../../types/enums"
import { numberedColumns, numberedIndexes } from "../utils/numbered-columns"

/** A job for a customer: what is to be done, in which stage it is, and what it earns and costs. */
export const ServiceOrder = model
  .define("service_order", {
    id: model.id({ prefix: "sord" }).primaryKey(),
    ...numberedColumns(),
    customer_id: model.text(),
    title: model.text().searchable().nullable(),
    description: model.text().nullable(),
    internal_note: model.text().nullable(),
    priority: model.enum([...SERVICE_ORDER_PRIORITIES]).default("normal"),
    channel: model.enum([...SERVICE_ORDER_CHANNELS]).default("admin"),
    currency_code: model.text(),
    address: model.json().nullable(),
    preferred_start: model.dateTime().nullable(),
    preferred_end: model.dateTime().nullable(),
    // Kept in step with the lines by the line workflows, so lists can sort and filter on them.
    revenue_total: model.bigNumber().default(0),
    cost_total: model.bigNumber().default(0),
    margin_total: model.bigNumber().default(0),
    stage_changed_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    // SLA clock, kept in step with the SLA log (`sla_events`) by the SLA steps. While the clock is
    // paused (`sla_paused_at`) due times stand still and nothing breaches.
    response_due_at: model.dateTime().nullable(),
    resolution_due_at: model.dateTime().nullable(),
    responded_at: model.dateTime().nullable(),
    resolved_at: model.dateTime().nullable(),
    sla_paused_at: model.dateTime().nullable(),
    // Set once, by the breach check's conditional update: the event fires exactly once.
    response_breached_at: model.dateTime().nullable(),
    resolution_breached_at: model.dateTime().nullable(),
    // Business minutes the clock ran until each target was met (pauses excluded), set by the SLA
    // step when it is met, so the SLA report aggregates a column instead of replaying logs.
    response_actual_minutes: model.float().nullable(),
    resolution_actual_minutes: model.float().nullable(),
    // Posting: claimed by a conditional update (posted_at IS NULL), then pointed at the Medusa
    // order it created; the unique index makes one Medusa order per service order at most.
    posted_at: model.dateTime().nullable(),
    posted_by: model.text().nullable(),
    posted_order_id: model.text().nullable(),
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
    stage: model.belongsTo(() => ServiceStage),
    service_object: model.belongsTo(() => ServiceObject, { mappedBy: "service_orders" }).nullable(),
    lines: model.hasMany(() => ServiceOrderLine, { mappedBy: "service_order" }),
    stage_transitions: model.hasMany(() => StageTransition, { mappedBy: "service_order" }),
    agreement: model.belongsTo(() => ServiceAgreement, { mappedBy: "service_orders" }).nullable(),
    sla: model.belongsTo(() => ServiceLevelAgreement, { mappedBy: "service_orders" }).nullable(),
    sla_events: model.hasMany(() => SlaEvent, { mappedBy: "service_order" }),
    agreement_occurrences: model.hasMany(() => AgreementOccurrence, { mappedBy: "service_order" }),
    repair_lines: model.hasMany(() => RepairLine, { mappedBy: "service_order" }),
    assignments: model.hasMany(() => Assignment, { mappedBy: "service_order" }),
    estimates: model.hasMany(() => ServiceEstimate, { mappedBy: "service_order" }),
  })
  .cascades({ delete: ["lines", "stage_transitions", "sla_events", "estimates"] })
  .checks([
    maxLengthCheck("service_order", "title", INPUT_LIMITS.shortText),
    maxLengthCheck("service_order", "description", INPUT_LIMITS.longText),
    maxLengthCheck("service_order", "internal_note", INPUT_LIMITS.longText),
    metadataSizeCheck("service_order"),
  ])
  .indexes([
    ...numberedIndexes("service_order"),
    { on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["stage_id", "created_at"], where: "deleted_at IS NULL" },
    // Service object history and the report's repeat-visit look-up (first-time fix).
    { on: ["service_object_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["created_at"], where: "deleted_at IS NULL" },
    { on: ["priority", "created_at"], where: "deleted_at IS NULL" },
    // Reports: orders by agreement, SLA, posting date and closing date.
    { on: ["agreement_id", "created_at"], where: "deleted_at IS NULL AND agreement_id IS NOT NULL" },
    // (Migration20261205060000 adds the actual minutes as INCLUDE columns, for the SLA totals.)
    { on: ["sla_id", "created_at"], where: "deleted_at IS NULL AND sla_id IS NOT NULL" },
    { on: ["posted_at"], where: "deleted_at IS NULL AND posted_at IS NOT NULL" },
    { on: ["closed_at"], where: "deleted_at IS NULL AND closed_at IS NOT NULL" },
    { name: "IDX_service_order_posted_order_id_unique", on: ["posted_order_id"], unique: true, where: "posted_order_id IS NOT NULL" },
    // The breach check scans only the orders whose target is open or ended late and is unmarked.
    { on: ["response_due_at"], where: breachCandidates("response") },
    { on: ["resolution_due_at"], where: breachCandidates("resolution") },
    // The "breached" filter.
    { on: ["response_breached_at"], where: "deleted_at IS NULL AND response_breached_at IS NOT NULL" },
    { on: ["resolution_breached_at"], where: "deleted_at IS NULL AND resolution_breached_at IS NOT NULL" },
  ])
