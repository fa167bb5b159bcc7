import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { idOrIds, listParams, longText, metadataInput, searchInput, shortText, updateSchema } from "../../utils/validators"
import { STAGE_FLAGS, STAGE_SLA_ACTIONS } from "../../../types"
import { stageFlagFields } from "../../../modules/service-management/utils/stage-flags"

const code = () =>
  z.string().regex(/^[a-z][a-z0-9_]{0,49}$/, "must be lower-case letters, digits and _ (e.g. waiting_for_parts)")

export const AdminGetServiceStagesParams = listParams({ limit: 50, sortable: ["position", "code", "name", "created_at"], order: "position" }, {
  q: searchInput(),
  code: idOrIds(),
  is_active: booleanString().optional(),
})
export type AdminGetServiceStagesParams = z.infer<typeof AdminGetServiceStagesParams>

const flags = stageFlagFields(STAGE_FLAGS)

const stageFields = {
  name: shortText().min(1),
  description: longText().nullish(),
  position: z.number().int().min(0).max(100000).optional(),
  color: z.enum(["grey", "blue", "green", "orange", "red", "purple"]).nullish(),
  next_stage_codes: z.array(code()).max(50).optional(),
  /** What entering the stage does to the SLA clock (null: nothing). */
  sla_action: z.enum(STAGE_SLA_ACTIONS).nullish(),
  metadata: metadataInput(),
  ...flags,
}

export const AdminCreateServiceStage = z.object({ code: code(), ...stageFields }).strict()
export type AdminCreateServiceStage = z.infer<typeof AdminCreateServiceStage>

export const AdminUpdateServiceStage = updateSchema(stageFields)
export type AdminUpdateServiceStage = z.infer<typeof AdminUpdateServiceStage>

export const AdminCreateStageReason = z
  .object({ code: code(), label: shortText().min(1), is_active: z.boolean().optional() })
  .strict()
export type AdminCreateStageReason = z.infer<typeof AdminCreateStageReason>

export const AdminUpdateStageReason = z
  .object({ label: shortText().min(1).optional(), is_active: z.boolean().optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "Give at least one field to change" })
export type AdminUpdateStageReason = z.infer<typeof AdminUpdateStageReason>
