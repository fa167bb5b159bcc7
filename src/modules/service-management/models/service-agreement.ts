import { model } from "@medusajs/framework/utils"
import { ServiceAgreementLine } from "./service-agreement-line"
import { ServiceLevelAgreement } from "./service-level-agreement"
import { ServiceOrder } from "./service-order"
import { SERVICE_AGREEMENT_STATUSES } from "../../../types/enums"
import { numberedColumns, numberedIndexes } from "../utils/numbered-columns"

/**
 * A contract with a customer: validity, status, the SLA that applies, and lines with
 * recurrences from which service orders are generated. A template (`is_template`) has no
 * customer and is only copied.
 */
export const ServiceAgreement = model
  .define("service_agreement", {
    id: model.id({ prefix: "sagr" }).primaryKey(),
    ...numberedColumns(),
    customer_id: model.text().nullable(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    status: model.enum([...SERVICE_AGREEMENT_STATUSES]).default("draft"),
    valid_from: model.dateTime(),
    valid_to: model.dateTime().nullable(),
    agreement_group: model.text().nullable(),
    currency_code: model.text(),
    is_template: model.boolean().default(false),
    template_id: model.text().nullable(),
    // [{ from, to }]: occurrences inside a suspension generate nothing, also after resuming.
    suspensions: model.json().nullable(),
    activated_at: model.dateTime().nullable(),
    suspended_at: model.dateTime().nullable(),
    expired_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    // Generation's cursor: no occurrence before it lacks its order (NULL: unknown). Only generation
    // writes it; Postgres sets it back to NULL on any other change of the agreement or its lines.
    generation_due_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
    sla: model.belongsTo(() => ServiceLevelAgreement, { mappedBy: "agreements" }).nullable(),
    lines: model.hasMany(() => ServiceAgreementLine, { mappedBy: "agreement" }),
    service_orders: model.hasMany(() => ServiceOrder, { mappedBy: "agreement" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    ...numberedIndexes("service_agreement"),
    { on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    // The generation job walks active agreements in id order.
    { on: ["status", "id"], where: "deleted_at IS NULL" },
    { on: ["agreement_group"], where: "deleted_at IS NULL AND agreement_group IS NOT NULL" },
    { on: ["template_id"], where: "deleted_at IS NULL AND template_id IS NOT NULL" },
    { on: ["created_at"], where: "deleted_at IS NULL" },
    // What a generation must look at: active agreements whose cursor is unknown or passed.
    { on: ["generation_due_at"], where: "deleted_at IS NULL AND status = 'active' AND is_template = false" },
  ])
