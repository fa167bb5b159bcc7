import { MedusaError } from "@medusajs/framework/utils"
import { FIELD_KPI_FIGURES, FieldKpiGroup } from "../../../../types/enums"
import { list } from "../report-params"
import { reportRoute } from "../report-route"
import { AdminGetFieldKpiReportParams } from "./validators"

const DAY = 24 * 60 * 60 * 1000
// Working time is computed day by day per calendar: a range is capped so a request stays bounded.
const MAX_RANGE_DAYS = 731

/** The range: as given, else the 30 days up to now; at most two years. */
function range(q: AdminGetFieldKpiReportParams) {
  const to = q.to ?? new Date()
  const from = q.from ?? new Date(Math.min(to.getTime(), Date.now()) - 30 * DAY)
  if (from >= to) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "from must be before to")
  }
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The range may span at most ${MAX_RANGE_DAYS} days`)
  }
  return { from, to }
}

/**
 * First-time fix rate, mean time to repair and utilisation per technician (default) or month,
 * and the open backlog by age bucket (`group_by=age_bucket`).
 */
export const GET = reportRoute({
  report: "field_kpis",
  file: "field-kpis",
  filters: (q: AdminGetFieldKpiReportParams) => ({
    group_by: q.group_by,
    ...range(q),
    technician_id: list(q.technician_id),
    team_id: list(q.team_id),
    customer_id: list(q.customer_id),
    repeat_days: q.repeat_days,
    now: new Date(),
  }),
  columns: (groupBy: FieldKpiGroup) =>
    groupBy === "age_bucket"
      ? ["key", "open_orders"]
      : ["key", "label", ...FIELD_KPI_FIGURES, ...(groupBy === "technician" ? ["open_orders"] : [])],
  amounts: [],
})
