import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { BillingRun } from "../../../types"
import { EmptyText, linkClass } from "./fee-transactions-table"

/** The customers (per currency) a billing run could not invoice, with the reason. */
export const BillingRunErrorsSection = ({ run }: { run: BillingRun }) => {
  const errors = run.errors ?? []
  return (
    <Container className="divide-y p-0" data-testid="billing-run-errors">
      <div className="px-6 py-4">
        <Heading level="h2">Failed customers</Heading>
      </div>
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
    </Container>
  )
}
