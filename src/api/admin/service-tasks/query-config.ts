import { queryConfigs } from "../../utils/query-config"

export const defaultAdminServiceTaskFields = [
  "id",
  "code",
  "name",
  "description",
  "default_duration_minutes",
  "default_unit_price",
  "default_unit_cost",
  "required_skills",
  "is_active",
  "metadata",
  "created_at",
  "updated_at",
]

export const serviceTaskQueryConfig = queryConfigs(defaultAdminServiceTaskFields, { defaultLimit: 50 })
