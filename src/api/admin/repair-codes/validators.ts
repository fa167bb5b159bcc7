import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { idInput, idOrIds, listParams, longText, metadataInput, oneOrMany, searchInput, shortText, updateSchema } from "../../utils/validators"
import { REPAIR_CODE_KINDS } from "../../../types/enums"

const SORTABLE = ["position", "code", "label", "kind", "created_at", "updated_at"] as const

export const AdminGetRepairCodesParams = listParams({ limit: 50, sortable: SORTABLE, order: "position" }, {
  q: searchInput(),
  kind: oneOrMany(REPAIR_CODE_KINDS),
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

export const AdminUpdateRepairCode = updateSchema(fields)
export type AdminUpdateRepairCode = z.infer<typeof AdminUpdateRepairCode>
