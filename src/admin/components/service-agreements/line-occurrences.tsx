import { Link } from "react-router-dom"
import { useAgreementLineOccurrences } from "../../lib/hooks/service-agreements"
import { formatDay } from "../../lib/sla-format"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/** The next due dates of a saved line, from `…/lines/:line_id/occurrences`, with the order generated for each. */
export const LineOccurrences = ({ agreementId, lineId }: { agreementId: string; lineId: string }) => {
  const { data, isLoading, isError } = useAgreementLineOccurrences(agreementId, lineId, 3)
  if (isLoading) {
    return <span className="text-ui-fg-muted">…</span>
  }
  if (isError || !data) {
    return <span className="text-ui-fg-error">Could not load</span>
  }
  if (!data.occurrences.length) {
    return <span className="text-ui-fg-muted">None upcoming</span>
  }
  return (
    <div className="flex flex-col" data-testid="line-next-dates">
      {data.occurrences.map((o) => (
        <span key={o.date} className="txt-compact-xsmall whitespace-nowrap">
          {o.service_order_id ? (
            <Link to={`/service-orders/${o.service_order_id}`} className={linkClass}>
              {formatDay(o.date)} ✓
            </Link>
          ) : (
            formatDay(o.date)
          )}
        </span>
      ))}
    </div>
  )
}
