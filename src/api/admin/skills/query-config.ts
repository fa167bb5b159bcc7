export const defaultAdminSkillFields = ["id", "code", "name", "description", "metadata", "created_at", "updated_at"]

export const retrieveSkillQueryConfig = { defaults: defaultAdminSkillFields, isList: false }
export const listSkillQueryConfig = { defaults: defaultAdminSkillFields, defaultLimit: 100, isList: true }
