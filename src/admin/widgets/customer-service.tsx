import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { PriorityBadge, StageBadge, WarrantyBadge } from "../components/badges"
import { CreateServiceOrderDrawer } from "../components/create-service-order-drawer"
import { ServiceObjectDrawer } from "../components/service-object-drawer"
import { CustomerAgreements } from "../components/sla/customer-agreements"
import { formatDate } from "../lib/format"
import { useServiceObjects } from "../lib/hooks/service-objects"
import { useServiceOrders } from "../lib/hooks/service-orders"
import { CustomerSubscriptions } from "../components/subscriptions/customer-subscriptions"
import { Can, onlyWith } from "../components/can"

const LIMIT = 10

/** Customer details: the customer's service objects and open service orders. */
const CustomerServiceWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const navigate = useNavigate()
  const objects = useServiceObjects({ customer_id: customer.id, limit: LIMIT, order: "-created_at" })
  const orders = useServiceOrders({ customer_id: customer.id, is_open: true, limit: LIMIT, order: "-created_at" })
  const [registerOpen, setRegisterOpen] = useState(false)
  const [orderOpen, setOrderOpen] = useState(false)
  const objectRows = objects.data?.service_objects ?? []
  const orderRows = orders.data?.service_orders ?? []

  return (
    <div className="flex flex-col gap-y-3" data-testid="customer-service-widget">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h2">Open service orders</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {orders.data ? `${orders.data.count} open` : " "}
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Button size="small" variant="transparent" asChild>
              <Link to={`/service-orders?customer_id=${customer.id}`}>View all</Link>
            </Button>
            <Can permission="service_orders.write">
              <Button size="small" variant="secondary" onClick={() => setOrderOpen(true)}>
                Create service order
              </Button>
            </Can>
          </div>
        </div>
        {orderRows.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {orders.isLoading ? "Loading…" : "No open service orders."}
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Number</Table.HeaderCell>
                <Table.HeaderCell>Title</Table.HeaderCell>
                <Table.HeaderCell>Stage</Table.HeaderCell>
                <Table.HeaderCell>Priority</Table.HeaderCell>
                <Table.HeaderCell>Created</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {orderRows.map((o) => (
                <Table.Row key={o.id} className="cursor-pointer" onClick={() => navigate(`/service-orders/${o.id}`)}>
                  <Table.Cell className="txt-compact-small-plus">{o.number}</Table.Cell>
                  <Table.Cell>
                    <span className="block max-w-[200px] truncate">{o.title || "–"}</span>
                  </Table.Cell>
                  <Table.Cell>
                    <StageBadge stage={o.stage} />
                  </Table.Cell>
                  <Table.Cell>
                    <PriorityBadge priority={o.priority} />
                  </Table.Cell>
                  <Table.Cell>{formatDate(o.created_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h2">Service objects</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {objects.data ? `${objects.data.count} registered` : " "}
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Button size="small" variant="transparent" asChild>
              <Link to={`/service-objects?customer_id=${customer.id}`}>View all</Link>
            </Button>
            <Can permission="service_objects.write">
              <Button size="small" variant="secondary" onClick={() => setRegisterOpen(true)}>
                Register object
              </Button>
            </Can>
          </div>
        </div>
        {objectRows.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {objects.isLoading ? "Loading…" : "No service objects registered."}
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Serial number</Table.HeaderCell>
                <Table.HeaderCell>Warranty</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {objectRows.map((o) => (
                <Table.Row key={o.id} className="cursor-pointer" onClick={() => navigate(`/service-objects/${o.id}`)}>
                  <Table.Cell className="txt-compact-small-plus">{o.name}</Table.Cell>
                  <Table.Cell>{o.serial_number || "–"}</Table.Cell>
                  <Table.Cell>
                    <WarrantyBadge warrantyEnd={o.warranty_end} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <Can permission="agreements.read">
        <CustomerAgreements customerId={customer.id} />
      </Can>
      <ServiceObjectDrawer
        open={registerOpen}
        onOpenChange={setRegisterOpen}
        defaults={{ customer_id: customer.id }}
        lockCustomer
      />
      <CreateServiceOrderDrawer open={orderOpen} onOpenChange={setOrderOpen} customerId={customer.id} lockCustomer />
      <Can permission="subscriptions.read">
        <CustomerSubscriptions customerId={customer.id} />
      </Can>
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details",
  id: "service-management:customer-service",
})

// Technicians and consultants work from their orders, not from customers' service data.
export default onlyWith(CustomerServiceWidget, "service_objects.read")
