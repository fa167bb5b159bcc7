import { queryConfigs } from "../../utils/query-config"

export const defaultSubscriptionGroupFields = ["id", "code", "name", "description", "metadata", "created_at", "updated_at"]

export const subscriptionGroupQueryConfig = queryConfigs(defaultSubscriptionGroupFields, { defaultLimit: 50 })
