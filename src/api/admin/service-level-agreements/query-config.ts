import { queryConfigs } from "../../utils/query-config"

export const defaultAdminServiceLevelAgreementFields = [
  "id",
  "code",
  "name",
  "description",
  "response_minutes",
  "resolution_minutes",
  "timezone",
  "working_hours",
  "holidays",
  "is_default",
  "is_active",
  "metadata",
  "created_at",
  "updated_at",
  "customer_groups.id",
  "customer_groups.customer_group_id",
  "customer_groups.customer_group.name",
]

export const serviceLevelAgreementQueryConfig = queryConfigs(defaultAdminServiceLevelAgreementFields, { defaultLimit: 50 })
