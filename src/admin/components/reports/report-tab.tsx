import { Button, DatePicker, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { reportCsvUrl, useReport, type ReportRow } from "../../lib/hooks/reports"
import { ReadOnlyTable } from "../read-only-table"
import { BarChart } from "./bar-chart"
import { formatCell, groupLabel, rowName, type ReportDefinition } from "./report-definitions"

const PAGE = 20

/** The day's start (local) as an ISO instant, or undefined. */
const iso = (d: Date | null) => (d ? new Date(d.getFullYear(), d.getMonth(), d.getDate()).toISOString() : undefined)

/**
 * One report: filters (range, grouping), a chart of its main figure, the table (paged), the
 * totals per currency and a CSV download of every row with the same filters.
 */
export const ReportTab = ({ def, customerId }: { def: ReportDefinition; customerId?: string }) => {
  const [groupBy, setGroupBy] = useState(def.groups[0])
  const [from, setFrom] = useState<Date | null>(null)
  const [to, setTo] = useState<Date | null>(null)
  const [offset, setOffset] = useState(0)
  const filters = { group_by: groupBy, from: iso(from), to: iso(to), customer_id: customerId }
  const { data, isLoading, error } = useReport(def.path, { ...filters, limit: PAGE, offset })
  const rows = data?.rows ?? []
  const chart = def.chart(groupBy)
  const columns = def.columns(groupBy)
  const refilter =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v)
      setOffset(0)
    }

  return (
    <div className="flex flex-col divide-y" data-testid={`report-${def.path}`}>
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <div className="w-48" data-testid="report-group-by">
          <Select size="small" value={groupBy} onValueChange={refilter(setGroupBy)}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {def.groups.map((g) => (
                <Select.Item key={g} value={g}>
                  By {groupLabel(g).toLowerCase()}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div data-testid="report-from">
          <DatePicker aria-label="From" size="small" granularity="day" value={from} onChange={refilter(setFrom)} />
        </div>
        <div data-testid="report-to">
          <DatePicker aria-label="To" size="small" granularity="day" value={to} onChange={refilter(setTo)} />
        </div>
        <Button size="small" variant="secondary" className="ml-auto" asChild>
          <a href={reportCsvUrl(def.path, filters)} download data-testid="report-csv">
            Download CSV
          </a>
        </Button>
      </div>
      <BarChart
        testId="report-chart"
        bars={rows.map((r) => ({ label: rowName(r), value: Number(r[chart.key] ?? 0), text: formatCell(r, chart) }))}
      />
      <ReadOnlyTable
        testId="report-table"
        rows={rows}
        rowKey={(r) => `${r.key}-${r.currency_code ?? ""}`}
        columns={columns.map((c) => ({ header: c.header, cell: (r: ReportRow) => formatCell(r, c) }))}
        empty="Nothing in this range."
        isLoading={isLoading}
        error={error}
      />
      {!!data?.totals.length && (
        <div className="flex flex-wrap gap-x-6 px-6 py-3" data-testid="report-totals">
          {data.totals.map((t, i) => (
            <Text key={i} size="small" className="text-ui-fg-subtle">
              Total{t.currency_code ? ` ${t.currency_code.toUpperCase()}` : ""}: {formatCell(t, chart)}
            </Text>
          ))}
        </div>
      )}
      <div className="flex items-center justify-between px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {data ? `${data.count} rows` : " "}
        </Text>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            Previous
          </Button>
          <Button size="small" variant="secondary" disabled={!data || offset + PAGE >= data.count} onClick={() => setOffset(offset + PAGE)}>
            Next
          </Button>
        </div>
      </div>
    </div>
  )
}
