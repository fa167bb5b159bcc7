import { ServiceOrderLineDTO } from "../../../modules/service-management"
import type { ServiceOrderLineInput as HttpServiceOrderLineInput } from "../../../types/http/service-orders"
import { defineCreateStep } from "../../common/steps/entity-steps"

/** The contract's line input, with the technician to book and a work date that may also come as Date. */
export type ServiceOrderLineInput = Omit<HttpServiceOrderLineInput, "work_date"> & {
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
