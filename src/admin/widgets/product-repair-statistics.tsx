import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { onlyWith } from "../components/can"
import { codeText, componentText } from "../lib/repair-flow"
import { useRepairStatistics } from "../lib/hooks/repairs"
import { Section } from "../components/section"

const TOP = 5

/** One ranked list: a bar per entry, as wide as its share of the most frequent one. */
const Ranking = ({ title, rows, testId }: { title: string; rows: { label: string; count: number }[]; testId: string }) => {
  const max = Math.max(1, ...rows.map((r) => r.count))
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid={testId}>
      <Text size="small" weight="plus" leading="compact">
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          None recorded.
        </Text>
      ) : (
        rows.slice(0, TOP).map((r) => (
          <div key={r.label} className="flex flex-col gap-y-1" data-testid={`${testId}-row`}>
            <div className="flex items-center justify-between gap-x-2">
              <Text size="xsmall" leading="compact" className="truncate">
                {r.label}
              </Text>
              <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                {r.count}
              </Text>
            </div>
            <div className="bg-ui-bg-subtle h-1.5 w-full rounded-full">
              <div className="bg-ui-fg-interactive h-1.5 rounded-full" style={{ width: `${(r.count / max) * 100}%` }} />
            </div>
          </div>
        ))
      )}
    </div>
  )
}

/** Product details: which symptoms, diagnoses and BOM components recur in the product's repairs. */
const ProductRepairStatisticsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading } = useRepairStatistics({ product_id: product.id })
  return (
    <Section
      testId="product-repair-statistics"
      title="Repairs"
      actions={
        <Text size="small" className="text-ui-fg-subtle" data-testid="product-repair-total">
          {isLoading ? "…" : `${data?.total ?? 0} recorded`}
        </Text>
      }
    >
      {data && data.total > 0 && (
        <>
          <Ranking
            title="Recurring symptoms"
            rows={data.symptoms.map((r) => ({ label: codeText(r.symptom_code), count: r.count }))}
            testId="repair-stat-symptoms"
          />
          <Ranking
            title="Diagnoses"
            rows={data.diagnoses.map((r) => ({ label: codeText(r.diagnosis_code), count: r.count }))}
            testId="repair-stat-diagnoses"
          />
          <Ranking
            title="Components"
            rows={data.components.map((r) => ({
              label: `${componentText(r.bom_component)}${r.bom_component.version ? ` (v${r.bom_component.version.version})` : ""}`,
              count: r.count,
            }))}
            testId="repair-stat-components"
          />
        </>
      )}
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side",
})

export default onlyWith(ProductRepairStatisticsWidget, "reports.read")
