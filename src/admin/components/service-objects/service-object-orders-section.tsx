import { Plus } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import type { ServiceObject } from "../../../types"
import { CreateServiceOrderDrawer } from "../create-service-order-drawer"
import { ServiceOrdersTable } from "../service-orders-table"
import { Section } from "../section"

/** The object's service orders, newest first, and a new one for it (customer and object set). */
export const ServiceObjectOrdersSection = ({ object }: { object: ServiceObject }) => {
  const [orderOpen, setOrderOpen] = useState(false)
  const orders = [...(object.service_orders ?? [])].sort(
    (a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
  return (
    <Section
      title="Service orders"
      actions={
        <Button size="small" variant="secondary" onClick={() => setOrderOpen(true)} data-testid="object-create-order">
          <Plus />
          Create service order
        </Button>
      }
    >
      <ServiceOrdersTable orders={orders} empty="No service orders for this object yet." />
      <CreateServiceOrderDrawer
        open={orderOpen}
        onOpenChange={setOrderOpen}
        customerId={object.customer_id}
        serviceObjectId={object.id}
        lockCustomer
      />
    </Section>
  )
}
