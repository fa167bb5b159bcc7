import { PencilSquare, Trash } from "@medusajs/icons"
import { Container, Heading, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import type { ServiceObject } from "../../../types"
import { toastError, toastSuccess } from "../../lib/errors"
import { formatDate } from "../../lib/format"
import { useDeleteServiceObject } from "../../lib/hooks/service-objects"
import { ActionMenu } from "../action-menu"
import { WarrantyBadge } from "../badges"
import { SectionRow } from "../section-row"
import { ServiceObjectDrawer } from "../service-object-drawer"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/** The object's name and serial with edit and delete, then its warranty, installation and origin order. */
export const ServiceObjectGeneralSection = ({ object }: { object: ServiceObject }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const remove = useDeleteServiceObject()
  const [editOpen, setEditOpen] = useState(false)

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
      <ServiceObjectDrawer open={editOpen} onOpenChange={setEditOpen} serviceObject={object} />
    </Container>
  )
}
