import { model } from "@medusajs/framework/utils"
import { BomVersion } from "./bom-version"
import { RepairLine } from "./repair-line"
import { ServiceObjectBomHistory } from "./service-object-bom-history"
import { ServiceOrder } from "./service-order"
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
    // A serial number identifies one unit of a variant.
    {
      name: "IDX_service_object_variant_serial_unique",
      on: ["product_variant_id", "serial_number"],
      unique: true,
      where: "deleted_at IS NULL AND serial_number IS NOT NULL",
    },
  ])
