import { queryConfigs } from "../../utils/query-config"
import { SERVICE_RETURN_STATUS_DATES } from "../../../types"

// What a customer may see of their returns: no internal actors, notes or staff metadata.
export const storeServiceReturnFields = [
  "id",
  "number",
  "order_id",
  "status",
  "reason",
  ...SERVICE_RETURN_STATUS_DATES,
  "created_at",
  "items.id",
  "items.order_line_item_id",
  "items.quantity",
  "items.serial_number",
  "items.disposition",
  "items.reason",
  "items.under_warranty",
  "history.to_status",
  "history.created_at",
]

// Full paths only: a bare relation name would pull every field of it.
export const storeServiceReturnQueryConfig = queryConfigs(storeServiceReturnFields, {
  defaultLimit: 20,
  allowed: storeServiceReturnFields,
})
