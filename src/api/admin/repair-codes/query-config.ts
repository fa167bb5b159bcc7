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

export const retrieveRepairCodeQueryConfig = { defaults: defaultAdminRepairCodeFields, isList: false }
export const listRepairCodeQueryConfig = { defaults: defaultAdminRepairCodeFields, defaultLimit: 50, isList: true }
