import { model } from "@medusajs/framework/utils"
import { BomVersion } from "./bom-version"

/** A bill of materials of a product, or of one of its variants; its content lives in versions. */
export const Bom = model
  .define("service_bom", {
    id: model.id({ prefix: "sbom" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text().nullable(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    metadata: model.json().nullable(),
    versions: model.hasMany(() => BomVersion, { mappedBy: "bom" }),
  })
  .cascades({ delete: ["versions"] })
  .indexes([
    // One BOM per product (for all its variants) and one per variant that differs.
    {
      name: "IDX_service_bom_product_unique",
      on: ["product_id"],
      unique: true,
      where: "deleted_at IS NULL AND variant_id IS NULL",
    },
    {
      name: "IDX_service_bom_variant_unique",
      on: ["variant_id"],
      unique: true,
      where: "deleted_at IS NULL AND variant_id IS NOT NULL",
    },
    { on: ["product_id", "created_at"], where: "deleted_at IS NULL" },
  ])
