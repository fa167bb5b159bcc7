import { model } from "@medusajs/framework/utils"
import { WARRANTY_REMEDIES, WARRANTY_START_BASES } from "../../../types/enums"
import { MAX_WARRANTY_MONTHS } from "../utils/warranty"

const percentCheck = (column: string) => ({
  name: `service_warranty_term_${column}_check`,
  expression: `${column} >= 0 AND ${column} <= 100`,
})

/**
 * What the seller promises for a product, or one of its variants (a variant's term overrides its
 * product's): how long from which moment, how much of parts and labour it covers, and the remedies.
 */
export const WarrantyTerm = model
  .define("service_warranty_term", {
    id: model.id({ prefix: "swty" }).primaryKey(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    duration_months: model.number(),
    start_basis: model.enum([...WARRANTY_START_BASES]).default("placed"),
    parts_coverage_percent: model.number().default(100),
    labour_coverage_percent: model.number().default(100),
    remedies: model.array(),
    transferable: model.boolean().default(false),
    metadata: model.json().nullable(),
  })
  .checks([
    // A term belongs to a product or to a variant, never both: the override rule needs one owner.
    { name: "service_warranty_term_owner_check", expression: "(product_id IS NULL) <> (variant_id IS NULL)" },
    {
      name: "service_warranty_term_duration_check",
      expression: `duration_months > 0 AND duration_months <= ${MAX_WARRANTY_MONTHS}`,
    },
    percentCheck("parts_coverage_percent"),
    percentCheck("labour_coverage_percent"),
    {
      name: "service_warranty_term_remedies_check",
      expression: `cardinality(remedies) > 0 AND remedies <@ ARRAY[${WARRANTY_REMEDIES.map((r) => `'${r}'`).join(", ")}]::text[]`,
    },
  ])
  .indexes([
    { name: "IDX_service_warranty_term_product_unique", on: ["product_id"], unique: true, where: "deleted_at IS NULL AND product_id IS NOT NULL" },
    { name: "IDX_service_warranty_term_variant_unique", on: ["variant_id"], unique: true, where: "deleted_at IS NULL AND variant_id IS NOT NULL" },
  ])
