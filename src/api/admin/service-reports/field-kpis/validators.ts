import { z } from "@medusajs/framework/zod"
import { FIELD_KPI_GROUPS } from "../../../../types/enums"
import { idOrIds, reportParams } from "../report-params"

const toInt = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v)

export const AdminGetFieldKpiReportParams = reportParams(FIELD_KPI_GROUPS, "technician", {
  technician_id: idOrIds(),
  team_id: idOrIds(),
  customer_id: idOrIds(),
  /** A closed order is fixed the first time when no order on its service object follows within this many days. */
  repeat_days: z.preprocess(toInt, z.number().int().min(1).max(3650).default(30)),
})
export type AdminGetFieldKpiReportParams = z.infer<typeof AdminGetFieldKpiReportParams>
