import { model } from "@medusajs/framework/utils"
import { ServiceOrder } from "./service-order"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"
import { SERVICE_ESTIMATE_STATUSES } from "../../../types/enums"

/**
 * One version of a repair estimate for a service order. Its lines and total are a Medusa draft
 * order (`draft_order_id`, Medusa's own quote), which becomes the invoice order when the customer
 * accepts; this row keeps what Medusa's draft order has no place for: the version, validity and
 * the customer's answer.
 */
export const ServiceEstimate = model
  .define("service_estimate", {
    id: model.id({ prefix: "sest" }).primaryKey(),
    version: model.number(),
    status: model.enum([...SERVICE_ESTIMATE_STATUSES]).default("draft"),
    draft_order_id: model.text(),
    currency_code: model.text(),
    valid_until: model.dateTime().nullable(),
    sent_at: model.dateTime().nullable(),
    answered_at: model.dateTime().nullable(),
    answer_note: model.text().nullable(),
    created_by: model.text().nullable(),
    sent_by: model.text().nullable(),
    service_order: model.belongsTo(() => ServiceOrder, { mappedBy: "estimates" }),
  })
  .checks([
    { name: "service_estimate_version_check", expression: "version >= 1" },
    // Only a sent estimate can be answered, expire or be superseded after sending; it needs a date.
    {
      name: "service_estimate_sent_check",
      expression: "(status = 'draft') OR (status = 'superseded' AND sent_at IS NULL) OR (sent_at IS NOT NULL AND valid_until IS NOT NULL)",
    },
    // An answered estimate keeps its answer when a new version supersedes it.
    {
      name: "service_estimate_answered_check",
      expression: "(status NOT IN ('accepted', 'declined') OR answered_at IS NOT NULL) AND (answered_at IS NULL OR status IN ('accepted', 'declined', 'superseded'))",
    },
    { name: "service_estimate_answered_after_sent_check", expression: "answered_at IS NULL OR answered_at >= sent_at" },
    maxLengthCheck("service_estimate", "answer_note", INPUT_LIMITS.customerNote),
  ])
  .indexes([
    { name: "IDX_service_estimate_version_unique", on: ["service_order_id", "version"], unique: true, where: "deleted_at IS NULL" },
    // One live estimate per order: a new version supersedes the one before it.
    {
      name: "IDX_service_estimate_live_unique",
      on: ["service_order_id"],
      unique: true,
      where: "deleted_at IS NULL AND status IN ('draft', 'sent', 'accepted')",
    },
    { name: "IDX_service_estimate_draft_order_id_unique", on: ["draft_order_id"], unique: true, where: "deleted_at IS NULL" },
  ])
