import { Text } from "@medusajs/ui"

export type Bar = { label: string; value: number; text: string }

const BAR = 18
const GAP = 6

/**
 * A horizontal bar chart in plain SVG: one bar per row, as long as its share of the largest
 * absolute value; negative values in red. Our own few lines instead of a chart library keep the
 * admin bundle lean (the dashboard ships none).
 */
export const BarChart = ({ bars, testId }: { bars: Bar[]; testId?: string }) => {
  if (!bars.length) {
    return null
  }
  const max = Math.max(...bars.map((b) => Math.abs(b.value)), 1e-9)
  return (
    <div className="grid grid-cols-[minmax(0,12rem)_1fr_auto] items-center gap-x-3 px-6 py-4" data-testid={testId}>
      {bars.map((b, i) => (
        <div key={i} className="contents" data-testid="report-chart-bar">
          <Text size="xsmall" leading="compact" className="truncate" title={b.label} style={{ height: BAR + GAP }}>
            {b.label}
          </Text>
          <svg width="100%" height={BAR + GAP} role="img" aria-label={`${b.label}: ${b.text}`} preserveAspectRatio="none">
            <rect x="0" y={GAP / 2} width="100%" height={BAR} rx="3" className="fill-ui-bg-subtle" />
            <rect
              x="0"
              y={GAP / 2}
              width={`${(Math.abs(b.value) / max) * 100}%`}
              height={BAR}
              rx="3"
              className={b.value < 0 ? "fill-ui-fg-error" : "fill-ui-fg-interactive"}
            />
          </svg>
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle text-right" style={{ height: BAR + GAP }}>
            {b.text}
          </Text>
        </div>
      ))}
    </div>
  )
}
