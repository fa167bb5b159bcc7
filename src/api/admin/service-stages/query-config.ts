import { STAGE_FLAGS } from "../../../types"

export const defaultAdminServiceStageFields = [
  "id",
  "code",
  "name",
  "description",
  "position",
  "color",
  ...STAGE_FLAGS,
  "next_stage_codes",
  "sla_action",
  "metadata",
  "created_at",
  "updated_at",
  "reasons.id",
  "reasons.code",
  "reasons.label",
  "reasons.is_active",
]

export const retrieveServiceStageQueryConfig = { defaults: defaultAdminServiceStageFields, isList: false }
export const listServiceStageQueryConfig = {
  defaults: defaultAdminServiceStageFields,
  defaultLimit: 50,
  isList: true,
}
