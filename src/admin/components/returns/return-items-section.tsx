import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { ServiceReturn } from "../../../types"
import { DISPOSITION_LABELS } from "../../lib/return-format"

/** The returned items: quantity, serial, reason, warranty, the object each became and its disposition. */
export const ReturnItemsSection = ({ serviceReturn }: { serviceReturn: ServiceReturn }) => (
  <Container className="divide-y p-0">
    <Heading level="h2" className="px-6 py-4">
      Items
    </Heading>
    {(serviceReturn.items ?? []).map((i) => (
      <div key={i.id} className="flex items-center justify-between px-6 py-3" data-testid="service-return-item">
        <Text size="small">
          {i.quantity} × {i.order_line_item_id}
          {i.serial_number ? ` · ${i.serial_number}` : ""}
          {i.reason ? ` — ${i.reason}` : ""}
        </Text>
        <div className="flex items-center gap-x-3">
          {i.under_warranty ? (
            <Text size="xsmall" className="text-ui-fg-interactive">
              Under warranty
            </Text>
          ) : null}
          {i.service_object_id ? (
            <Link to={`/service-objects/${i.service_object_id}`} className="txt-compact-small text-ui-fg-interactive">
              Object
            </Link>
          ) : null}
          <Text size="small" weight="plus">
            {DISPOSITION_LABELS[i.disposition]}
          </Text>
        </div>
      </div>
    ))}
  </Container>
)
