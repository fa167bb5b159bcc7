import { backendUrl, clean, queryKeysFactory, useListQuery, type Params } from "../client"
import type { ReportResponse } from "../../../types"

export type ReportPath = "order-margin" | "subscription-transactions" | "subscription-fee-transactions" | "sla-compliance" | "field-kpis"

/** A report row as the admin reads it: its key and label, and figures by column name. */
export type ReportRow = { key: string | null; label: string | null; currency_code?: string } & Record<string, unknown>
export type AnyReport = ReportResponse<ReportRow, ReportRow, string>

const keys = Object.fromEntries(
  (["order-margin", "subscription-transactions", "subscription-fee-transactions", "sla-compliance", "field-kpis"] as const).map((p) => [
    p,
    queryKeysFactory(`service_report_${p}`),
  ])
) as Record<ReportPath, ReturnType<typeof queryKeysFactory>>

/** One page of a report with its filters. */
export const useReport = (path: ReportPath, params: Params) => useListQuery<AnyReport>(keys[path], `/admin/service-reports/${path}`, params)

/** The CSV export of a report with the same filters (every row; the session cookie authenticates the download). */
export const reportCsvUrl = (path: ReportPath, params: Params) => {
  const query = new URLSearchParams()
  Object.entries({ ...clean(params), format: "csv", limit: undefined, offset: undefined }).forEach(([k, v]) => {
    if (v !== undefined) {
      ;(Array.isArray(v) ? v : [v]).forEach((x) => query.append(k, String(x)))
    }
  })
  return backendUrl(`/admin/service-reports/${path}?${query}`)
}
