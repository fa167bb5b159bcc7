import { model } from "@medusajs/framework/utils"
import { BomVersion } from "./bom-version"
import { RepairLine } from "./repair-line"

/** One part of a BOM version: a product variant or a free-text part, its quantity and position. */
export const BomComponent = model
  .define("service_bom_component", {
    id: model.id({ prefix: "sbomc" }).primaryKey(),
    product_variant_id: model.text().nullable(),
    part_number: model.text().nullable(),
    title: model.text().nullable(),
    quantity: model.bigNumber(),
    unit: model.text().nullable(),
    position: model.number().default(0),
    // Where the part sits (e.g. "R12", "pump assembly / front").
    reference: model.text().nullable(),
    metadata: model.json().nullable(),
    version: model.belongsTo(() => BomVersion, { mappedBy: "components" }),
    repair_lines: model.hasMany(() => RepairLine, { mappedBy: "bom_component" }),
  })
  .checks([
    {
      name: "service_bom_component_part_check",
      expression: "product_variant_id IS NOT NULL OR title IS NOT NULL OR part_number IS NOT NULL",
    },
  ])
  .indexes([
    { on: ["version_id", "position"], where: "deleted_at IS NULL" },
    { on: ["product_variant_id"], where: "deleted_at IS NULL AND product_variant_id IS NOT NULL" },
  ])
