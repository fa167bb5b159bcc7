export type ServiceReturnStatus = "requested" | "approved" | "received" | "in_repair" | "resolved" | "rejected"
export type ServiceReturnDisposition = "repair_and_return" | "replace" | "credit" | "scrap"
export type ServiceReturnAction = "approve" | "reject" | "receive" | "resolve"

export type ServiceReturnItem = {
  id: string
  order_line_item_id: string
  quantity: number
  serial_number?: string | null
  service_object_id?: string | null
  disposition: ServiceReturnDisposition
  reason?: string | null
  under_warranty: boolean
}

export type ServiceReturn = {
  id: string
  number: string
  order_id: string
  customer_id?: string | null
  status: ServiceReturnStatus
  reason?: string | null
  return_id?: string | null
  service_order_id?: string | null
  replacement_order_id?: string | null
  refund_amount?: number | null
  credit_pending_amount?: number | null
  requested_at: string
  created_at: string
  items?: ServiceReturnItem[]
  history?: { id: string; from_status: string | null; to_status: string; actor_type: string; actor_id?: string | null; note?: string | null; created_at: string }[]
}

export type CreateServiceReturnBody = {
  order_id: string
  reason?: string
  items: { order_line_item_id: string; quantity: number; disposition: ServiceReturnDisposition; serial_number?: string; reason?: string }[]
}

export const RETURN_STATUS_LABELS: Record<ServiceReturnStatus, string> = {
  requested: "Requested",
  approved: "Approved",
  received: "Received",
  in_repair: "In repair",
  resolved: "Resolved",
  rejected: "Rejected",
}
export const RETURN_STATUS_COLORS: Record<ServiceReturnStatus, "grey" | "blue" | "purple" | "orange" | "green" | "red"> = {
  requested: "grey",
  approved: "blue",
  received: "purple",
  in_repair: "orange",
  resolved: "green",
  rejected: "red",
}
export const DISPOSITION_LABELS: Record<ServiceReturnDisposition, string> = {
  repair_and_return: "Repair and return",
  replace: "Replace",
  credit: "Credit",
  scrap: "Scrap",
}
/** The actions each status offers (the server checks them again). */
export const RETURN_ACTIONS: Record<ServiceReturnStatus, ServiceReturnAction[]> = {
  requested: ["approve", "reject"],
  approved: ["receive", "reject"],
  received: ["resolve"],
  in_repair: ["resolve"],
  resolved: [],
  rejected: [],
}
