import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { adminFindParams, idInput, idOrIds, longText, metadataInput, orderParam, searchInput, shortText } from "../../utils/validators"
import { REPAIR_CODE_KINDS } from "../../../types/enums"

const SORTABLE = ["position", "code", "label", "kind", "created_at", "updated_at"] as const
const kindOrKinds = z.union([z.enum(REPAIR_CODE_KINDS), z.array(z.enum(REPAIR_CODE_KINDS))]).optional()

export const AdminGetRepairCodeParams = createSelectParams()
export type AdminGetRepairCodeParams = z.infer<typeof AdminGetRepairCodeParams>

export const AdminGetRepairCodesParams = adminFindParams({ limit: 50, offset: 0 }).extend({
  order: orderParam(SORTABLE, "position"),
  q: searchInput(),
  id: idOrIds(),
  kind: kindOrKinds,
  code: idOrIds(),
  /** Codes of an area (the picker's second level). */
  parent_id: idOrIds(),
  is_active: booleanString().optional(),
})
export type AdminGetRepairCodesParams = z.infer<typeof AdminGetRepairCodesParams>

const fields = {
  code: z
    .string()
    .min(1)
    .max(50)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "code takes letters, digits, _, . and -"),
  label: shortText().min(1),
  description: longText().nullish(),
  parent_id: idInput().nullish(),
  position: z.number().int().min(0).max(1e6).optional(),
  is_active: z.boolean().optional(),
  metadata: metadataInput(),
}

export const AdminCreateRepairCode = z.object({ kind: z.enum(REPAIR_CODE_KINDS), ...fields }).strict()
export type AdminCreateRepairCode = z.infer<typeof AdminCreateRepairCode>

export const AdminUpdateRepairCode = z
  .object(fields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "Give at least one field to change" })
export type AdminUpdateRepairCode = z.infer<typeof AdminUpdateRepairCode>
