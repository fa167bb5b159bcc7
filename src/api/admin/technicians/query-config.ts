import { queryConfigs } from "../../utils/query-config"

export const defaultAdminTechnicianFields = [
  "id",
  "user_id",
  "first_name",
  "last_name",
  "email",
  "phone",
  "color",
  "skills",
  "timezone",
  "working_hours",
  "is_active",
  "team_id",
  "team.id",
  "team.name",
  "metadata",
  "created_at",
  "updated_at",
]

export const technicianQueryConfig = queryConfigs(defaultAdminTechnicianFields, { defaultLimit: 50 })
