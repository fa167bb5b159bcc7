import { model } from "@medusajs/framework/utils"
import { ServiceReturn } from "./service-return"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"
import { SERVICE_RETURN_DISPOSITIONS } from "../../../types/enums"

/** One returned order line (or part of its quantity) and what happens to it. */
export const ServiceReturnItem = model
  .define("service_return_item", {
    id: model.id({ prefix: "sreti" }).primaryKey(),
    order_line_item_id: model.text(),
    quantity: model.number(),
    serial_number: model.text().nullable(),
    service_object_id: model.text().nullable(),
    disposition: model.enum([...SERVICE_RETURN_DISPOSITIONS]),
    reason: model.text().nullable(),
    // Decided on receipt from the object's warranty end against the request date.
    under_warranty: model.boolean().default(false),
    service_return: model.belongsTo(() => ServiceReturn, { mappedBy: "items" }),
  })
  .indexes([
    { on: ["service_return_id"], where: "deleted_at IS NULL" },
    { on: ["order_line_item_id"], where: "deleted_at IS NULL" },
    { on: ["service_object_id"], where: "deleted_at IS NULL AND service_object_id IS NOT NULL" },
  ])
  .checks([
    { name: "service_return_item_quantity_positive", expression: "quantity > 0" },
    maxLengthCheck("service_return_item", "serial_number", INPUT_LIMITS.serialNumber),
  ])
