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

export const retrieveTechnicianQueryConfig = { defaults: defaultAdminTechnicianFields, isList: false }
export const listTechnicianQueryConfig = { defaults: defaultAdminTechnicianFields, defaultLimit: 50, isList: true }
