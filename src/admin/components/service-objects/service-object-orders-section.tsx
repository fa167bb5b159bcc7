import { Plus } from "@medusajs/icons"
import { Button, Container, Heading } from "@medusajs/ui"
import { useState } from "react"
import type { ServiceObject } from "../../../types"
import { CreateServiceOrderDrawer } from "../create-service-order-drawer"
import { ServiceOrdersTable } from "../service-orders-table"

/** The object's service orders, newest first, and a new one for it (customer and object set). */
export const ServiceObjectOrdersSection = ({ object }: { object: ServiceObject }) => {
  const [orderOpen, setOrderOpen] = useState(false)
  const orders = [...(object.service_orders ?? [])].sort(
    (a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Service orders</Heading>
        <Button size="small" variant="secondary" onClick={() => setOrderOpen(true)} data-testid="object-create-order">
          <Plus />
          Create service order
        </Button>
      </div>
      <ServiceOrdersTable orders={orders} empty="No service orders for this object yet." />
      <CreateServiceOrderDrawer
        open={orderOpen}
        onOpenChange={setOrderOpen}
        customerId={object.customer_id}
        serviceObjectId={object.id}
        lockCustomer
      />
    </Container>
  )
}
