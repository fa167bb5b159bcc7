import { z } from "@medusajs/framework/zod"
import { ORDER_MARGIN_GROUPS, REPORT_DATE_FIELDS, SERVICE_ORDER_CHANNELS } from "../../../../types/enums"
import { oneOrMany } from "../../../utils/validators"
import { currencyCodes, idOrIds, reportParams } from "../report-params"

export const AdminGetOrderMarginReportParams = reportParams(ORDER_MARGIN_GROUPS, "order", {
  /** The range applies to the order's creation (default) or posting date. */
  date_field: z.enum(REPORT_DATE_FIELDS).default("created"),
  service_order_id: idOrIds(),
  customer_id: idOrIds(),
  agreement_id: idOrIds(),
  stage_id: idOrIds(),
  service_task_id: idOrIds(),
  technician_id: idOrIds(),
  channel: oneOrMany(SERVICE_ORDER_CHANNELS),
  currency_code: currencyCodes(),
})
export type AdminGetOrderMarginReportParams = z.infer<typeof AdminGetOrderMarginReportParams>
