export const defaultAdminServiceStageFields = [
  "id",
  "code",
  "name",
  "description",
  "position",
  "color",
  "is_initial",
  "is_terminal",
  "is_cancellation",
  "is_active",
  "allow_edit_lines",
  "allow_add_repair_lines",
  "allow_assign",
  "allow_post",
  "allow_customer_cancel",
  "customer_visible",
  "requires_reason",
  "next_stage_codes",
  "metadata",
  "created_at",
  "updated_at",
  "reasons.id",
  "reasons.code",
  "reasons.label",
  "reasons.is_active",
]

export const retrieveServiceStageQueryConfig = { defaults: defaultAdminServiceStageFields, isList: false }
export const listServiceStageQueryConfig = {
  defaults: defaultAdminServiceStageFields,
  defaultLimit: 50,
  isList: true,
}
