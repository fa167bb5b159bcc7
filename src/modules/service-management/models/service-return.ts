import { model } from "@medusajs/framework/utils"
import { ServiceReturnItem } from "./service-return-item"
import { ServiceReturnStatusChange } from "./service-return-status-change"
import { SERVICE_RETURN_STATUSES } from "../../../types/enums"
import { numberedColumns, numberedIndexes } from "../utils/numbered-columns"

/**
 * A return for repair (RMA) of items of a Medusa order. It drives Medusa's own return
 * (`return_id`) so stock, order changes and refunds stay Medusa's; on receipt the items to
 * repair go into one service order (`service_order_id`, channel `return`).
 */
export const ServiceReturn = model
  .define("service_return", {
    id: model.id({ prefix: "sret" }).primaryKey(),
    ...numberedColumns(),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    status: model.enum([...SERVICE_RETURN_STATUSES]).default("requested"),
    reason: model.text().searchable().nullable(),
    channel: model.enum(["admin", "storefront"]).default("admin"),
    // Medusa records this return drives or created: its return, exchange, and the claim (type
    // replace) on the original order that sends replacement items.
    return_id: model.text().nullable(),
    service_order_id: model.text().nullable(),
    exchange_id: model.text().nullable(),
    replacement_claim_id: model.text().nullable(),
    refund_amount: model.bigNumber().nullable(),
    // Set when a credit could not be refunded (no captured payment): someone must settle it.
    credit_pending_amount: model.bigNumber().nullable(),
    requested_at: model.dateTime(),
    approved_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
    resolved_at: model.dateTime().nullable(),
    rejected_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
    items: model.hasMany(() => ServiceReturnItem, { mappedBy: "service_return" }),
    history: model.hasMany(() => ServiceReturnStatusChange, { mappedBy: "service_return" }),
  })
  .cascades({ delete: ["items", "history"] })
  .indexes([
    ...numberedIndexes("service_return"),
    // One live service return per Medusa return.
    { name: "IDX_service_return_return_id_unique", on: ["return_id"], unique: true, where: "deleted_at IS NULL AND return_id IS NOT NULL" },
    { on: ["order_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["created_at"], where: "deleted_at IS NULL" },
  ])
