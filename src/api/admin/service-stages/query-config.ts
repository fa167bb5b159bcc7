import { queryConfigs } from "../../utils/query-config"
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

export const serviceStageQueryConfig = queryConfigs(defaultAdminServiceStageFields, { defaultLimit: 50 })
