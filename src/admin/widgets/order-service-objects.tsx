import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Plus } from "@medusajs/icons"
import { Button, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { WarrantyBadge } from "../components/badges"
import { CreateServiceOrderDrawer } from "../components/create-service-order-drawer"
import { ServiceObjectDrawer, type ServiceObjectDefaults } from "../components/service-object-drawer"
import { SerialNumberForm } from "../components/service-objects/serial-number-form"
import { useServiceObjects } from "../lib/hooks/service-objects"
import type { ServiceObject } from "../../types"
import { onlyWith } from "../components/can"
import { Section } from "../components/section"

type OrderItem = NonNullable<AdminOrder["items"]>[number]

const itemLabel = (item: OrderItem) =>
  [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · ")

/** One registered unit: its page, its warranty end and its serial number, editable in place. */
const ObjectRow = ({ object }: { object: ServiceObject }) => (
  <div className="flex flex-col gap-y-2" data-testid="order-unit" data-object-id={object.id}>
    <div className="flex items-center justify-between gap-x-2">
      <Link
        to={`/service-objects/${object.id}`}
        className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg truncate"
      >
        {object.unit_index != null ? `Unit ${object.unit_index + 1} · ` : ""}
        {object.name}
        {object.serial_number ? ` · ${object.serial_number}` : ""}
      </Link>
      <WarrantyBadge warrantyEnd={object.warranty_end} />
    </div>
    <SerialNumberForm object={object} />
  </div>
)

// Units in the order they were fulfilled (registered by hand: when they were created).
const byUnit = (a: ServiceObject, b: ServiceObject) => (a.unit_index ?? Infinity) - (b.unit_index ?? Infinity)

/**
 * Order details: the service objects bought on this order, grouped by line item — the units
 * registered at fulfilment with their warranty end and a serial number to enter — one "Register
 * object" action per line item, and "Create service order" for the order's customer.
 */
const OrderServiceObjectsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading } = useServiceObjects({ order_id: order.id, limit: 200, order: "created_at", fields: "+unit_index" })
  const [register, setRegister] = useState<{ open: boolean; defaults?: ServiceObjectDefaults }>({ open: false })
  const [createOrderOpen, setCreateOrderOpen] = useState(false)
  const objects = data?.service_objects ?? []
  const items = order.items ?? []
  const customerId = order.customer_id ?? order.customer?.id ?? null
  const unlinked = objects.filter((o) => !o.order_line_item_id || !items.some((i) => i.id === o.order_line_item_id))

  return (
    <Section
      testId="order-service-objects-widget"
      title="Service objects"
      description="Products from this order registered for service."
      actions={
        customerId ? (
          <Button size="small" variant="secondary" onClick={() => setCreateOrderOpen(true)}>
            Create service order
          </Button>
        ) : (
          <Tooltip content="The order has no customer.">
            <span>
              <Button size="small" variant="secondary" disabled>
                Create service order
              </Button>
            </span>
          </Tooltip>
        )
      }
    >
      {isLoading ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading…
        </Text>
      ) : (
        <>
          {items.map((item) => {
            const registered = objects.filter((o) => o.order_line_item_id === item.id).sort(byUnit)
            const full = registered.length >= (item.quantity ?? 1)
            const registerButton = (
              <Button
                size="small"
                variant="transparent"
                disabled={!customerId || full}
                onClick={() =>
                  setRegister({
                    open: true,
                    defaults: {
                      name: itemLabel(item) || item.title,
                      customer_id: customerId,
                      product_variant_id: item.variant_id,
                      product_variant_label: itemLabel(item),
                      order_id: order.id,
                      order_line_item_id: item.id,
                    },
                  })
                }
              >
                <Plus />
                Register object
              </Button>
            )
            return (
              <div key={item.id} className="flex flex-col gap-y-2 px-6 py-4" data-testid="order-item-row">
                <div className="flex items-center justify-between gap-x-4">
                  <div className="flex min-w-0 flex-col">
                    <Text size="small" weight="plus" leading="compact" className="truncate">
                      {itemLabel(item) || item.title}
                    </Text>
                    <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                      {item.variant_sku ? `${item.variant_sku} · ` : ""}
                      {registered.length} of {item.quantity} registered
                    </Text>
                  </div>
                  {full || !customerId ? (
                    <Tooltip
                      content={
                        !customerId
                          ? "The order has no customer to own the object."
                          : "Every unit of this line is registered."
                      }
                    >
                      <span>{registerButton}</span>
                    </Tooltip>
                  ) : (
                    registerButton
                  )}
                </div>
                {registered.map((o) => (
                  <ObjectRow key={o.id} object={o} />
                ))}
              </div>
            )
          })}
          {unlinked.length > 0 && (
            <div className="flex flex-col gap-y-2 px-6 py-4">
              <Text size="small" weight="plus" leading="compact">
                Other objects from this order
              </Text>
              {unlinked.map((o) => (
                <ObjectRow key={o.id} object={o} />
              ))}
            </div>
          )}
          {items.length > 0 && objects.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="order-units-empty">
              No units registered yet: they are registered when the order is fulfilled.
            </Text>
          )}
          {items.length === 0 && unlinked.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              This order has no line items.
            </Text>
          )}
        </>
      )}
      <ServiceObjectDrawer
        open={register.open}
        onOpenChange={(open) => setRegister((r) => ({ ...r, open }))}
        defaults={register.defaults}
        lockCustomer
      />
      <CreateServiceOrderDrawer
        open={createOrderOpen}
        onOpenChange={setCreateOrderOpen}
        customerId={customerId}
        serviceObjectId={objects.length === 1 ? objects[0].id : null}
        objectFilter={objects.length ? { order_id: order.id } : undefined}
        lockCustomer
      />
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details",
  id: "service-management:order-service-objects",
})

// Technicians and consultants work from their orders, not from customers' service data.
export default onlyWith(OrderServiceObjectsWidget, "service_objects.read")
