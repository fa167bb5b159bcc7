import { once } from "events"
import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { json2csv } from "json-2-csv"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService, { ReportFilters, ReportName } from "../../../modules/service-management/service"
import { ReportRow } from "../../../modules/service-management/repositories/common/report"

/** The query every report shares (its own filters come on top). */
export type ReportQuery = { group_by: string; format: "json" | "csv"; limit: number; offset: number }

export type ReportDefinition<R extends ReportName, Q extends ReportQuery> = {
  report: R
  /** File name of the CSV export (without date and extension). */
  file: string
  filters: (query: Q) => ReportFilters[R]
  /** The CSV's columns for a grouping, in order. */
  columns: (groupBy: Q["group_by"]) => string[]
  /** Columns holding money: written with the row's currency's decimals. */
  amounts: readonly string[]
}

// Rows fetched per cursor step of a CSV export: memory holds one batch, whatever the export's size.
const CSV_BATCH = 500

const digits = new Map<string, number>()
/** Decimal places of a currency (2 for an unknown code). */
function currencyDigits(code: unknown): number {
  const key = String(code ?? "").toUpperCase()
  if (!digits.has(key)) {
    let d = 2
    try {
      d = new Intl.NumberFormat("en", { style: "currency", currency: key }).resolvedOptions().maximumFractionDigits ?? 2
    } catch {
      // not an ISO 4217 code: keep two decimals
    }
    digits.set(key, d)
  }
  return digits.get(key)!
}

/** A row as the CSV shows it: amounts as decimals in the row's currency, dates as ISO strings. */
function csvRow(row: ReportRow, columns: string[], amounts: readonly string[]) {
  return Object.fromEntries(
    columns.map((c) => {
      const v = row[c]
      if (typeof v === "number" && amounts.includes(c)) {
        return [c, v.toFixed(currencyDigits(row.currency_code))]
      }
      return [c, v instanceof Date ? v.toISOString() : v]
    })
  )
}

const toCsv = (rows: object[], columns: string[], header: boolean) =>
  json2csv(rows, { keys: columns, prependHeader: header, preventCsvInjection: true, emptyFieldValue: "", checkSchemaDifferences: false })

/**
 * A report's GET: one page as JSON (`{ rows, totals, count, offset, limit, group_by }`), or with
 * `format=csv` every row matching the same filters, streamed in batches from a database cursor.
 */
export function reportRoute<R extends ReportName, Q extends ReportQuery>(def: ReportDefinition<R, Q>) {
  return async (req: AuthenticatedMedusaRequest<Q>, res: MedusaResponse) => {
    const query = req.validatedQuery as Q
    const service = req.scope.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const filters = def.filters(query)
    if (query.format !== "csv") {
      const page = await service.readReport(def.report, filters, { limit: query.limit, offset: query.offset })
      res.json({ ...page, offset: query.offset, limit: query.limit, group_by: query.group_by })
      return
    }
    const columns = def.columns(query.group_by)
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${def.file}-${query.group_by}-${new Date().toISOString().slice(0, 10)}.csv"`)
    let written = false
    await service.streamReport(def.report, filters, CSV_BATCH, async (rows) => {
      const chunk = toCsv(rows.map((r) => csvRow(r, columns, def.amounts)), columns, !written)
      if (!res.write(`${written ? "\n" : ""}${chunk}`)) {
        await once(res, "drain")
      }
      written = true
    })
    res.end(written ? "\n" : `${columns.join(",")}\n`)
  }
}
