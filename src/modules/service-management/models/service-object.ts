import { model } from "@medusajs/framework/utils"
import { BomVersion } from "./bom-version"
import { RepairLine } from "./repair-line"
import { ServiceObjectBomHistory } from "./service-object-bom-history"
import { ServiceOrder } from "./service-order"
import { WARRANTY_END_REASONS } from "../../../types/enums"
import { INPUT_LIMITS, maxLengthCheck, metadataSizeCheck } from "../utils/input-limits"

/** A customer's asset that is serviced: bought on an order line, identified by its serial number. */
export const ServiceObject = model
  .define("service_object", {
    id: model.id({ prefix: "sobj" }).primaryKey(),
    name: model.text().searchable(),
    customer_id: model.text(),
    product_variant_id: model.text().nullable(),
    order_id: model.text().nullable(),
    order_line_item_id: model.text().nullable(),
    serial_number: model.text().searchable().nullable(),
    warranty_end: model.dateTime().nullable(),
    // The term the warranty was set from, and when it started (null while its start basis, e.g.
    // delivery, has not happened); a return or cancellation ends it early, kept as history.
    warranty_term_id: model.text().nullable(),
    warranty_starts_at: model.dateTime().nullable(),
    warranty_ended_at: model.dateTime().nullable(),
    warranty_end_reason: model.enum([...WARRANTY_END_REASONS]).nullable(),
    // Registered at fulfilment: which fulfilment, and which unit of the order line (0-based).
    fulfillment_id: model.text().nullable(),
    unit_index: model.number().nullable(),
    installed_at: model.dateTime().nullable(),
    parent_id: model.text().nullable(),
    address: model.json().nullable(),
    metadata: model.json().nullable(),
    service_orders: model.hasMany(() => ServiceOrder, { mappedBy: "service_object" }),
    // The BOM version the object was built with; moves are recorded in `bom_history`.
    bom_version: model.belongsTo(() => BomVersion, { mappedBy: "service_objects" }).nullable(),
    bom_history: model.hasMany(() => ServiceObjectBomHistory, { mappedBy: "service_object" }),
    repair_lines: model.hasMany(() => RepairLine, { mappedBy: "service_object" }),
  })
  .checks([
    maxLengthCheck("service_object", "serial_number", INPUT_LIMITS.serialNumber),
    metadataSizeCheck("service_object"),
  ])
  .indexes([
    { on: ["customer_id"], where: "deleted_at IS NULL" },
    { on: ["product_variant_id"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["order_line_item_id"], where: "deleted_at IS NULL" },
    { on: ["parent_id"], where: "deleted_at IS NULL" },
    { on: ["fulfillment_id"], where: "deleted_at IS NULL AND fulfillment_id IS NOT NULL" },
    // One object per unit of an order line: the same fulfilment registered twice creates none.
    {
      name: "IDX_service_object_line_unit_unique",
      on: ["order_line_item_id", "unit_index"],
      unique: true,
      where: "deleted_at IS NULL AND unit_index IS NOT NULL",
    },
    // A serial number identifies one unit of a variant.
    {
      name: "IDX_service_object_variant_serial_unique",
      on: ["product_variant_id", "serial_number"],
      unique: true,
      where: "deleted_at IS NULL AND serial_number IS NOT NULL",
    },
  ])
