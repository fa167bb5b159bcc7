import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { BillingRun } from "../../../types"
import { EmptyText } from "../section-table"
import { linkClass } from "./fee-transactions-table"
import { Section } from "../section"

/** The customers (per currency) a billing run could not invoice, with the reason. */
export const BillingRunErrorsSection = ({ run }: { run: BillingRun }) => {
  const errors = run.errors ?? []
  return (
    <Section testId="billing-run-errors" title="Failed customers">
      {errors.length === 0 ? (
        <EmptyText>None.</EmptyText>
      ) : (
        errors.map((e) => (
          <div key={`${e.customer_id}-${e.currency_code}`} className="flex flex-col gap-y-1 px-6 py-4">
            <Link to={`/customers/${e.customer_id}`} className={linkClass}>
              {e.customer_id} · {e.currency_code.toUpperCase()}
            </Link>
            <Text size="small" className="text-ui-fg-subtle">
              {e.message}
            </Text>
          </div>
        ))
      )}
    </Section>
  )
}
