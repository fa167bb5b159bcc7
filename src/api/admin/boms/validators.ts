import { z } from "@medusajs/framework/zod"
import { dateFilter, dateInput, idInput, idOrIds, listParams, longText, metadataInput, oneOrMany, searchInput, shortText, updateSchema } from "../../utils/validators"
import { BOM_VERSION_STATUSES } from "../../../types/enums"

export const AdminGetBomsParams = listParams({ limit: 20, sortable: ["created_at", "updated_at", "name"], order: "-created_at" }, {
  q: searchInput(),
  product_id: idOrIds(),
  variant_id: idOrIds(),
  created_at: dateFilter(),
})
export type AdminGetBomsParams = z.infer<typeof AdminGetBomsParams>

export const AdminCreateBom = z
  .object({
    product_id: idInput(),
    variant_id: idInput().nullish(),
    name: shortText().min(1),
    description: longText().nullish(),
    metadata: metadataInput(),
  })
  .strict()
export type AdminCreateBom = z.infer<typeof AdminCreateBom>

export const AdminUpdateBom = z
  .object({ name: shortText().min(1), description: longText().nullish(), metadata: metadataInput() })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "Give at least one field to change" })
export type AdminUpdateBom = z.infer<typeof AdminUpdateBom>

export const AdminGetBomVersionsParams = listParams({ limit: 50, sortable: ["version", "valid_from", "created_at"], order: "-version" }, {
  status: oneOrMany(BOM_VERSION_STATUSES),
})
export type AdminGetBomVersionsParams = z.infer<typeof AdminGetBomVersionsParams>

const validityMessage = { message: "valid_to must be after valid_from", path: ["valid_to"] }
const validityRefinement = (v: { valid_from?: Date | null; valid_to?: Date | null }) =>
  !v.valid_from || !v.valid_to || v.valid_to > v.valid_from

export const AdminCreateBomVersion = z
  .object({
    valid_from: dateInput().optional(),
    valid_to: dateInput().nullish(),
    description: longText().nullish(),
    metadata: metadataInput(),
    /** A version of the same BOM whose components the new draft starts with. */
    copy_from_version_id: idInput().optional(),
  })
  .strict()
  .refine(validityRefinement, validityMessage)
export type AdminCreateBomVersion = z.infer<typeof AdminCreateBomVersion>

export const AdminUpdateBomVersion = z
  .object({
    valid_from: dateInput(),
    valid_to: dateInput().nullable(),
    description: longText().nullable(),
    metadata: metadataInput(),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "Give at least one field to change" })
  .refine(validityRefinement, validityMessage)
export type AdminUpdateBomVersion = z.infer<typeof AdminUpdateBomVersion>

export const AdminBomVersionDiffParams = z.object({ against: idInput() }).strict()
export type AdminBomVersionDiffParams = z.infer<typeof AdminBomVersionDiffParams>

const componentFields = {
  product_variant_id: idInput().nullish(),
  part_number: shortText().min(1).nullish(),
  title: shortText().min(1).nullish(),
  quantity: z.number().finite().positive().max(1e6),
  unit: z.string().min(1).max(20).nullish(),
  position: z.number().int().min(0).max(1e6).optional(),
  reference: shortText().min(1).nullish(),
  metadata: metadataInput(),
}
const namesPart = (v: { product_variant_id?: string | null; part_number?: string | null; title?: string | null }) =>
  !!(v.product_variant_id || v.part_number || v.title)

export const AdminBomComponent = z
  .object(componentFields)
  .strict()
  .refine(namesPart, { message: "A component names a product_variant_id, a part_number or a title", path: ["title"] })
export type AdminBomComponent = z.infer<typeof AdminBomComponent>

export const AdminAddBomComponents = z.object({ components: z.array(AdminBomComponent).min(1).max(500) }).strict()
export type AdminAddBomComponents = z.infer<typeof AdminAddBomComponents>

export const AdminUpdateBomComponent = updateSchema(componentFields)
export type AdminUpdateBomComponent = z.infer<typeof AdminUpdateBomComponent>

/** Retire takes no body. */
export const AdminBomVersionAction = z.object({}).strict()
export type AdminBomVersionAction = z.infer<typeof AdminBomVersionAction>

export const AdminApproveBomVersion = z
  .object({
    /** End the approved versions that began before this one where this one begins. */
    supersede: z.boolean().optional(),
  })
  .strict()
export type AdminApproveBomVersion = z.infer<typeof AdminApproveBomVersion>
