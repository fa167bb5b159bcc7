import type { ServiceReturnDisposition, ServiceReturnStatus } from "../../types"

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
