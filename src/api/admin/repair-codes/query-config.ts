import { queryConfigs } from "../../utils/query-config"

export const defaultAdminRepairCodeFields = [
  "id",
  "kind",
  "code",
  "label",
  "description",
  "parent_id",
  "position",
  "is_active",
  "metadata",
  "created_at",
  "updated_at",
]

export const repairCodeQueryConfig = queryConfigs(defaultAdminRepairCodeFields, { defaultLimit: 50 })
