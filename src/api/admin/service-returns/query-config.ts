import { queryConfigs } from "../../utils/query-config"
import { SERVICE_RETURN_STATUS_DATES } from "../../../types"

export const defaultAdminServiceReturnListFields = [
  "id",
  "display_id",
  "number",
  "order_id",
  "customer_id",
  "status",
  "reason",
  "channel",
  "return_id",
  "service_order_id",
  "exchange_id",
  "replacement_claim_id",
  "refund_amount",
  "credit_pending_amount",
  ...SERVICE_RETURN_STATUS_DATES,
  "created_at",
  "updated_at",
  "items.id",
  "items.order_line_item_id",
  "items.quantity",
  "items.disposition",
  "items.under_warranty",
]

export const defaultAdminServiceReturnFields = [
  ...defaultAdminServiceReturnListFields,
  "created_by",
  "metadata",
  "items.serial_number",
  "items.service_object_id",
  "items.reason",
  "history.id",
  "history.from_status",
  "history.to_status",
  "history.actor_type",
  "history.actor_id",
  "history.note",
  "history.created_at",
]

export const serviceReturnQueryConfig = queryConfigs(defaultAdminServiceReturnFields, { defaultLimit: 20, listFields: defaultAdminServiceReturnListFields })
