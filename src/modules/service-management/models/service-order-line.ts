import { model } from "@medusajs/framework/utils"
import { ServiceOrder } from "./service-order"
import { INPUT_LIMITS, maxLengthCheck, metadataSizeCheck } from "../utils/input-limits"
import { SERVICE_ORDER_LINE_TYPES } from "../../../types/enums"

/** One resource used on a service order: hours worked, an item, an expense or a fee. */
export const ServiceOrderLine = model
  .define("service_order_line", {
    id: model.id({ prefix: "sol" }).primaryKey(),
    type: model.enum([...SERVICE_ORDER_LINE_TYPES]),
    description: model.text(),
    service_task_id: model.text().nullable(),
    product_variant_id: model.text().nullable(),
    technician_id: model.text().nullable(),
    work_date: model.dateTime().nullable(),
    quantity: model.bigNumber(),
    unit_cost: model.bigNumber().default(0),
    unit_price: model.bigNumber().default(0),
    billable: model.boolean().default(true),
    metadata: model.json().nullable(),
    service_order: model.belongsTo(() => ServiceOrder, { mappedBy: "lines" }),
  })
  .checks([
    maxLengthCheck("service_order_line", "description", INPUT_LIMITS.lineText),
    metadataSizeCheck("service_order_line"),
  ])
  .indexes([
    { on: ["service_order_id"], where: "deleted_at IS NULL" },
    { on: ["service_task_id"], where: "deleted_at IS NULL AND service_task_id IS NOT NULL" },
    // The margin report grouped by technician.
    { on: ["technician_id"], where: "deleted_at IS NULL AND technician_id IS NOT NULL" },
  ])
