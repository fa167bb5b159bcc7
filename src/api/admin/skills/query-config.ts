import { queryConfigs } from "../../utils/query-config"

export const defaultAdminSkillFields = ["id", "code", "name", "description", "metadata", "created_at", "updated_at"]

export const skillQueryConfig = queryConfigs(defaultAdminSkillFields, { defaultLimit: 100 })
