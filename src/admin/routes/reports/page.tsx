import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Tabs } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { withPermission } from "../../components/can"
import { REPORTS } from "../../components/reports/report-definitions"
import { ReportTab } from "../../components/reports/report-tab"
import { SectionHeader } from "../../components/section"

/** Service reports: one tab per report (the tab is kept in the URL, `?report=`). */
const ReportsPage = () => {
  const [params, setParams] = useSearchParams()
  const current = REPORTS.find((r) => r.path === params.get("report"))?.path ?? REPORTS[0].path
  return (
    <Container className="divide-y p-0" data-testid="reports-page">
      <SectionHeader level="h1" title="Reports" description="Margins, subscriptions, SLA compliance and field KPIs; amounts per currency." />
      <Tabs value={current} onValueChange={(report) => setParams({ report }, { replace: true })}>
        <Tabs.List className="px-6 py-3">
          {REPORTS.map((r) => (
            <Tabs.Trigger key={r.path} value={r.path} data-testid={`report-tab-${r.path}`}>
              {r.title}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {REPORTS.map((r) => (
          <Tabs.Content key={r.path} value={r.path}>
            {r.path === current && <ReportTab def={r} />}
          </Tabs.Content>
        ))}
      </Tabs>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Reports", icon: ChartBar, rank: 6 })

export const handle = { breadcrumb: () => "Reports" }

export default withPermission(ReportsPage, "reports.read", "see service reports")
