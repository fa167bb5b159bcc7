export const defaultAdminDispatchTeamFields = ["id", "name", "description", "color", "metadata", "created_at", "updated_at"]

export const retrieveDispatchTeamQueryConfig = { defaults: defaultAdminDispatchTeamFields, isList: false }
export const listDispatchTeamQueryConfig = { defaults: defaultAdminDispatchTeamFields, defaultLimit: 50, isList: true }
