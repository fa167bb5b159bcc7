import { Link } from "react-router-dom"
import type { ServiceObject } from "../../../types"
import { customerName } from "../../lib/format"
import { SectionRow } from "../section-row"
import { Section } from "../section"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/** Who owns the object. */
export const ServiceObjectCustomerSection = ({ object }: { object: ServiceObject }) => {
  const name = customerName(object.customer)
  return (
    <Section title="Customer">
      <SectionRow
        title="Name"
        value={
          <Link to={`/customers/${object.customer_id}`} className={linkClass}>
            {name === "–" ? object.customer_id : name}
          </Link>
        }
      />
      <SectionRow title="Email" value={object.customer?.email || "–"} />
      {object.customer?.company_name && <SectionRow title="Company" value={object.customer.company_name} />}
    </Section>
  )
}
