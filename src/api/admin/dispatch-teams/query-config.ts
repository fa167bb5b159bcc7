import { queryConfigs } from "../../utils/query-config"

export const defaultAdminDispatchTeamFields = ["id", "name", "description", "color", "metadata", "created_at", "updated_at"]

export const dispatchTeamQueryConfig = queryConfigs(defaultAdminDispatchTeamFields, { defaultLimit: 50 })
