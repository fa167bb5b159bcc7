import { ServiceOrderLineDTO } from "../../../modules/service-management"
import { defineCreateStep } from "../../common/steps/entity-steps"

export type ServiceOrderLineInput = {
  type: "hour" | "item" | "expense" | "fee"
  description?: string
  quantity: number
  unit_price?: number
  unit_cost?: number
  billable?: boolean
  service_task_id?: string | null
  product_variant_id?: string | null
  technician_id?: string | null
  work_date?: Date | string | null
  metadata?: Record<string, unknown> | null
}

export type ServiceOrderLineRow = ServiceOrderLineInput & { service_order_id: string; description: string }

export const createServiceOrderLinesStepId = "create-service-order-lines"
/** Creates service order lines; compensation deletes them. */
export const createServiceOrderLinesStep = defineCreateStep<ServiceOrderLineRow, ServiceOrderLineDTO>(
  createServiceOrderLinesStepId,
  "ServiceOrderLines"
)
