import { Container, Heading, Text } from "@medusajs/ui"
import type { ServiceReturn } from "../../../types"
import { formatDateTime, humanize } from "../../lib/format"

/** The return's status changes, oldest first, with who made each. */
export const ReturnHistorySection = ({ serviceReturn }: { serviceReturn: ServiceReturn }) => (
  <Container className="divide-y p-0">
    <Heading level="h2" className="px-6 py-4">
      Status history
    </Heading>
    {[...(serviceReturn.history ?? [])]
      .sort((a, b) => a.created_at.localeCompare(b.created_at))
      .map((h) => (
        <div key={h.id} className="flex justify-between px-6 py-3" data-testid="service-return-history">
          <Text size="small">
            {h.from_status ? `${humanize(h.from_status)} → ` : ""}
            {humanize(h.to_status)}
            {h.note ? ` — ${h.note}` : ""}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {formatDateTime(h.created_at)} · {h.actor_type}
          </Text>
        </div>
      ))}
  </Container>
)
