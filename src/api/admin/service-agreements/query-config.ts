import { queryConfigs } from "../../utils/query-config"

export const defaultAdminServiceAgreementListFields = [
  "id",
  "display_id",
  "number",
  "name",
  "status",
  "customer_id",
  "valid_from",
  "valid_to",
  "agreement_group",
  "currency_code",
  "is_template",
  "template_id",
  "sla_id",
  "created_at",
  "updated_at",
  "sla.id",
  "sla.code",
  "sla.name",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.company_name",
]

export const defaultAdminServiceAgreementFields = [
  ...defaultAdminServiceAgreementListFields,
  "description",
  "suspensions",
  "activated_at",
  "suspended_at",
  "expired_at",
  "cancelled_at",
  "created_by",
  "metadata",
  "sla.response_minutes",
  "sla.resolution_minutes",
  "sla.timezone",
  "lines.*",
]

export const serviceAgreementQueryConfig = queryConfigs(defaultAdminServiceAgreementFields, { defaultLimit: 20, listFields: defaultAdminServiceAgreementListFields })
