import { z } from "@medusajs/framework/zod"
import { SLA_COMPLIANCE_GROUPS } from "../../../../types/enums"
import { idOrIds, reportParams } from "../report-params"

export const AdminGetSlaComplianceReportParams = reportParams(SLA_COMPLIANCE_GROUPS, "sla", {
  sla_id: idOrIds(),
  customer_id: idOrIds(),
  technician_id: idOrIds(),
  /** An open order due within this many minutes is "at risk now" (default 4 hours). */
  at_risk_minutes: z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v), z.number().int().min(0).max(525600).default(240)),
})
export type AdminGetSlaComplianceReportParams = z.infer<typeof AdminGetSlaComplianceReportParams>
