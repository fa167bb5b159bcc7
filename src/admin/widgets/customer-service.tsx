import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { WarrantyBadge } from "../components/badges"
import { CreateServiceOrderDrawer } from "../components/create-service-order-drawer"
import { ServiceObjectDrawer } from "../components/service-object-drawer"
import { CustomerAgreements } from "../components/sla/customer-agreements"
import { useServiceObjects } from "../lib/hooks/service-objects"
import { useServiceOrders } from "../lib/hooks/service-orders"
import { CustomerSubscriptions } from "../components/subscriptions/customer-subscriptions"
import { CustomerReportFigures } from "../components/reports/customer-figures"
import { Can, onlyWith } from "../components/can"
import { ReadOnlyTable, type ReadOnlyColumn } from "../components/read-only-table"
import { CreateButton, Section } from "../components/section"
import { ServiceOrdersTable } from "../components/service-orders-table"
import type { ServiceObject } from "../../types"

const LIMIT = 10

const OBJECT_COLUMNS: ReadOnlyColumn<ServiceObject>[] = [
  { header: "Name", className: "txt-compact-small-plus", cell: (o) => o.name },
  { header: "Serial number", cell: (o) => o.serial_number || "–" },
  { header: "Warranty", cell: (o) => <WarrantyBadge warrantyEnd={o.warranty_end} /> },
]

/** A section's "View all" link to the full, filtered list, and its create button. */
const ViewAllAndCreate = ({ to, permission, onCreate, children }: { to: string; permission: string; onCreate: () => void; children: string }) => (
  <>
    <Button size="small" variant="transparent" asChild>
      <Link to={to}>View all</Link>
    </Button>
    <CreateButton permission={permission} onClick={onCreate}>
      {children}
    </CreateButton>
  </>
)

/** Customer details: the customer's service objects and open service orders. */
const CustomerServiceWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const navigate = useNavigate()
  const objects = useServiceObjects({ customer_id: customer.id, limit: LIMIT, order: "-created_at" })
  const orders = useServiceOrders({ customer_id: customer.id, is_open: true, limit: LIMIT, order: "-created_at" })
  const [registerOpen, setRegisterOpen] = useState(false)
  const [orderOpen, setOrderOpen] = useState(false)

  return (
    <div className="flex flex-col gap-y-3" data-testid="customer-service-widget">
      <Section
        title="Open service orders"
        description={orders.data ? `${orders.data.count} open` : " "}
        actions={
          <ViewAllAndCreate to={`/service-orders?customer_id=${customer.id}`} permission="service_orders.write" onCreate={() => setOrderOpen(true)}>
            Create service order
          </ViewAllAndCreate>
        }
      >
        <ServiceOrdersTable
          orders={orders.data?.service_orders ?? []}
          showPriority
          empty="No open service orders."
          isLoading={orders.isLoading}
          error={orders.error}
        />
      </Section>
      <Section
        title="Service objects"
        description={objects.data ? `${objects.data.count} registered` : " "}
        actions={
          <ViewAllAndCreate to={`/service-objects?customer_id=${customer.id}`} permission="service_objects.write" onCreate={() => setRegisterOpen(true)}>
            Register object
          </ViewAllAndCreate>
        }
      >
        <ReadOnlyTable
          rows={objects.data?.service_objects ?? []}
          columns={OBJECT_COLUMNS}
          rowKey={(o) => o.id}
          rowProps={(o) => ({ onClick: () => navigate(`/service-objects/${o.id}`) })}
          empty="No service objects registered."
          isLoading={objects.isLoading}
          error={objects.error}
        />
      </Section>
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
      <Can permission="reports.read">
        <CustomerReportFigures customerId={customer.id} />
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
