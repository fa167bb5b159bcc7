import { Link } from "react-router-dom"
import type { ServiceAgreement } from "../../../types"
import { customerName, formatDate, formatDateTime } from "../../lib/format"
import { formatMinutes } from "../../lib/sla-format"
import { SectionRow } from "../section-row"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

const customerValue = (agreement: ServiceAgreement) => {
  if (agreement.is_template) {
    return "Template (no customer)"
  }
  return agreement.customer ? (
    <Link to={`/customers/${agreement.customer.id}`} className={linkClass}>
      {customerName(agreement.customer)}
    </Link>
  ) : (
    agreement.customer_id ?? "–"
  )
}

/** The agreement's fields under its header: customer, validity, SLA, currency and its status dates. */
export const AgreementGeneralRows = ({ agreement }: { agreement: ServiceAgreement }) => {
  const open = (agreement.suspensions ?? []).find((s) => !s.to)
  const sla = agreement.sla
  return (
    <>
      <SectionRow title="Customer" value={customerValue(agreement)} />
      <SectionRow
        title="Validity"
        value={`${formatDate(agreement.valid_from)} – ${agreement.valid_to ? formatDate(agreement.valid_to) : "open-ended"}`}
      />
      <SectionRow
        title="SLA"
        value={
          sla ? (
            <Link to="/settings/service?tab=slas" className={linkClass} data-testid="agreement-sla">
              {sla.name} ({sla.code}) · respond {formatMinutes(sla.response_minutes)}, resolve {formatMinutes(sla.resolution_minutes)}
            </Link>
          ) : (
            "–"
          )
        }
      />
      <SectionRow title="Currency" value={agreement.currency_code?.toUpperCase()} />
      <SectionRow title="Group" value={agreement.agreement_group || "–"} />
      {agreement.description && <SectionRow title="Description" value={agreement.description} />}
      {agreement.template_id && (
        <SectionRow
          title="From template"
          value={
            <Link to={`/service-agreements/${agreement.template_id}`} className={linkClass}>
              Open template
            </Link>
          }
        />
      )}
      <SectionRow title="Activated" value={formatDateTime(agreement.activated_at)} />
      {open && <SectionRow title="Suspended since" value={formatDateTime(open.from)} />}
      {agreement.cancelled_at && <SectionRow title="Cancelled" value={formatDateTime(agreement.cancelled_at)} />}
      {agreement.expired_at && <SectionRow title="Expired" value={formatDateTime(agreement.expired_at)} />}
    </>
  )
}
