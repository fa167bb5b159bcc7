import type { ServiceOrderLineInput as HttpServiceOrderLineInput } from "../../../types/http/service-orders"

// The lines a create or a line add writes: the new order's in `createServiceOrderWithHistoryStep`,
// an existing order's in `changeServiceOrderLinesStep` (with its totals, in one transaction).

/** The contract's line input, with the technician to book and a work date that may also come as Date. */
export type ServiceOrderLineInput = Omit<HttpServiceOrderLineInput, "work_date"> & {
  technician_id?: string | null
  work_date?: Date | string | null
  metadata?: Record<string, unknown> | null
}
export type ServiceOrderLineRow = ServiceOrderLineInput & { service_order_id: string; description: string }
