import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate, useParams, type UIMatch } from "react-router-dom"
import { ActionMenu } from "../../../components/action-menu"
import { DetailLoading, DetailNotFound } from "../../../components/detail-state"
import { StageBadge, WarrantyBadge } from "../../../components/badges"
import { CreateServiceOrderDrawer } from "../../../components/create-service-order-drawer"
import { SectionRow, TwoColumnLayout } from "../../../components/section-row"
import { ServiceObjectDrawer } from "../../../components/service-object-drawer"
import { toastError, toastSuccess } from "../../../lib/errors"
import { customerName, formatDate, variantLabel } from "../../../lib/format"
import { useDeleteServiceObject, useServiceObject } from "../../../lib/hooks/service-objects"
import { withPermission } from "../../../components/can"
import { ObjectRepairHistory } from "../../../components/repairs/object-repair-history"
import { ObjectBomVersionSection } from "../../../components/boms/object-bom-version-section"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/** One service object: its fields, customer, product, origin order, service orders and repair history. */
const ServiceObjectDetailPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data, isLoading, isError, error } = useServiceObject(id)
  const remove = useDeleteServiceObject()
  const [editOpen, setEditOpen] = useState(false)
  const [orderOpen, setOrderOpen] = useState(false)

  if (isLoading) {
    return <DetailLoading noun="service object" />
  }
  if (isError || !data?.service_object) {
    return <DetailNotFound noun="Service object" error={error} listPath="/service-objects" listLabel="service objects" />
  }

  const object = data.service_object
  const orders = [...(object.service_orders ?? [])].sort(
    (a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
  const variant = object.product_variant

  const onDelete = async () => {
    const confirmed = await prompt({
      title: "Delete service object?",
      description: `"${object.name}" will be deleted. Its service orders stay, without the object.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    remove.mutate(object.id, {
      onSuccess: () => {
        toastSuccess(`"${object.name}" was deleted`)
        navigate("/service-objects", { replace: true })
      },
      onError: toastError,
    })
  }

  return (
    <div className="flex flex-col gap-y-3">
      <TwoColumnLayout
        main={
          <>
            <Container className="divide-y p-0">
              <div className="flex items-center justify-between px-6 py-4">
                <div className="flex flex-col gap-y-1">
                  <Heading data-testid="service-object-name">{object.name}</Heading>
                  <Text size="small" className="text-ui-fg-subtle">
                    {object.serial_number ? `Serial number ${object.serial_number}` : "No serial number"}
                  </Text>
                </div>
                <ActionMenu
                  testId="service-object-actions"
                  groups={[
                    { actions: [{ label: "Edit", icon: <PencilSquare />, onClick: () => setEditOpen(true) }] },
                    { actions: [{ label: "Delete", icon: <Trash />, onClick: onDelete }] },
                  ]}
                />
              </div>
              <SectionRow title="Serial number" value={object.serial_number || "–"} />
              <SectionRow title="Warranty" value={<WarrantyBadge warrantyEnd={object.warranty_end} />} />
              <SectionRow title="Installed on" value={formatDate(object.installed_at)} />
              <SectionRow
                title="Origin order"
                value={
                  object.order_id ? (
                    <Link to={`/orders/${object.order_id}`} className={linkClass} data-testid="origin-order-link">
                      View order
                    </Link>
                  ) : (
                    "–"
                  )
                }
              />
              <SectionRow title="Registered" value={formatDate(object.created_at)} />
            </Container>
            <Container className="divide-y p-0">
              <div className="flex items-center justify-between px-6 py-4">
                <Heading level="h2">Service orders</Heading>
                <Button size="small" variant="secondary" onClick={() => setOrderOpen(true)} data-testid="object-create-order">
                  <Plus />
                  Create service order
                </Button>
              </div>
              {orders.length === 0 ? (
                <div className="px-6 py-6">
                  <Text size="small" className="text-ui-fg-subtle">
                    No service orders for this object yet.
                  </Text>
                </div>
              ) : (
                <Table>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>Number</Table.HeaderCell>
                      <Table.HeaderCell>Title</Table.HeaderCell>
                      <Table.HeaderCell>Stage</Table.HeaderCell>
                      <Table.HeaderCell>Created</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {orders.map((o) => (
                      <Table.Row
                        key={o.id}
                        className="cursor-pointer"
                        onClick={() => navigate(`/service-orders/${o.id}`)}
                      >
                        <Table.Cell className="txt-compact-small-plus">{o.number}</Table.Cell>
                        <Table.Cell>{o.title || "–"}</Table.Cell>
                        <Table.Cell>
                          <StageBadge stage={o.stage} />
                        </Table.Cell>
                        <Table.Cell>{formatDate(o.created_at)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              )}
            </Container>
            <ObjectRepairHistory objectId={object.id} />
          </>
        }
        side={
          <>
            <Container className="divide-y p-0">
              <div className="px-6 py-4">
                <Heading level="h2">Customer</Heading>
              </div>
              <SectionRow
                title="Name"
                value={
                  <Link to={`/customers/${object.customer_id}`} className={linkClass}>
                    {customerName(object.customer) === "–" ? object.customer_id : customerName(object.customer)}
                  </Link>
                }
              />
              <SectionRow title="Email" value={object.customer?.email || "–"} />
              {object.customer?.company_name && <SectionRow title="Company" value={object.customer.company_name} />}
            </Container>
            <Container className="divide-y p-0">
              <div className="px-6 py-4">
                <Heading level="h2">Product</Heading>
              </div>
              {variant ? (
                <>
                  <SectionRow
                    title="Product"
                    value={
                      variant.product ? (
                        <Link to={`/products/${variant.product.id}`} className={linkClass}>
                          {variant.product.title || variant.product.id}
                        </Link>
                      ) : (
                        "–"
                      )
                    }
                  />
                  <SectionRow
                    title="Variant"
                    value={
                      variant.product ? (
                        <Link to={`/products/${variant.product.id}/variants/${variant.id}`} className={linkClass}>
                          {variant.title || variantLabel(object) || variant.id}
                        </Link>
                      ) : (
                        variant.title || variant.id
                      )
                    }
                  />
                  <SectionRow title="SKU" value={variant.sku || "–"} />
                </>
              ) : (
                <div className="px-6 py-4">
                  <Text size="small" className="text-ui-fg-subtle">
                    Not linked to a product variant.
                  </Text>
                </div>
              )}
            </Container>
            <ObjectBomVersionSection object={object} />
          </>
        }
      />
      <ServiceObjectDrawer open={editOpen} onOpenChange={setEditOpen} serviceObject={object} />
      <CreateServiceOrderDrawer
        open={orderOpen}
        onOpenChange={setOrderOpen}
        customerId={object.customer_id}
        serviceObjectId={object.id}
        lockCustomer
      />
    </div>
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  const { data } = useServiceObject(id)
  return <span>{data?.service_object?.name ?? id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id ?? ""} />,
}

export default withPermission(ServiceObjectDetailPage, "service_objects.read", "see service objects")
