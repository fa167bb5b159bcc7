import { z } from "@medusajs/framework/zod"
import { idInput, idOrIds, listParams, metadataInput, updateSchema } from "../../utils/validators"
import { WARRANTY_REMEDIES, WARRANTY_START_BASES } from "../../../types/enums"
import { MAX_WARRANTY_MONTHS } from "../../../modules/service-management/utils/warranty"

export const AdminGetWarrantyTermsParams = listParams(
  { limit: 50, sortable: ["created_at", "updated_at", "duration_months"], order: "-created_at" },
  { product_id: idOrIds(), variant_id: idOrIds() }
)
export type AdminGetWarrantyTermsParams = z.infer<typeof AdminGetWarrantyTermsParams>

const percent = () => z.number().int().min(0).max(100)
const fields = {
  duration_months: z.number().int().min(1).max(MAX_WARRANTY_MONTHS),
  start_basis: z.enum(WARRANTY_START_BASES),
  parts_coverage_percent: percent(),
  labour_coverage_percent: percent(),
  remedies: z
    .array(z.enum(WARRANTY_REMEDIES))
    .min(1)
    .refine((r) => new Set(r).size === r.length, "remedies must not name a remedy twice"),
  transferable: z.boolean(),
  metadata: metadataInput(),
}

// A term is for a product or for one of its variants (which then overrides the product's), never both.
export const AdminCreateWarrantyTerm = z
  .object({
    product_id: idInput().optional(),
    variant_id: idInput().optional(),
    ...fields,
    start_basis: fields.start_basis.optional(),
    parts_coverage_percent: fields.parts_coverage_percent.optional(),
    labour_coverage_percent: fields.labour_coverage_percent.optional(),
    transferable: fields.transferable.optional(),
  })
  .strict()
  .refine((v) => !v.product_id !== !v.variant_id, { message: "Give either product_id or variant_id, not both", path: ["product_id"] })
export type AdminCreateWarrantyTerm = z.infer<typeof AdminCreateWarrantyTerm>

// Which product or variant a term is for is fixed once created: delete it and create another.
export const AdminUpdateWarrantyTerm = updateSchema(fields)
export type AdminUpdateWarrantyTerm = z.infer<typeof AdminUpdateWarrantyTerm>
