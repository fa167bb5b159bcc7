import { z } from "zod"
import { SERVICE_ORDER_PRIORITIES, type ServiceOrder } from "../../types"
import { toastSuccess } from "../lib/errors"
import { humanize } from "../lib/format"
import { useUpdateServiceOrder } from "../lib/hooks/service-orders"
import { FormSelect } from "./form/form-select"
import { FormText, FormTextarea } from "./form/form-text"
import { useDrawerForm } from "./form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "./form-drawer"

const EditServiceOrderSchema = z.object({
  title: z.string().trim(),
  description: z.string().trim(),
  priority: z.enum(SERVICE_ORDER_PRIORITIES),
  internal_note: z.string().trim(),
})

export const PRIORITY_OPTIONS = SERVICE_ORDER_PRIORITIES.map((p) => ({ value: p, label: humanize(p) }))

/** Edits a service order's header: title, description, priority and internal note. */
export const EditServiceOrderDrawer = ({ open, onOpenChange, order }: DrawerProps<{ order: ServiceOrder }>) => {
  const form = useDrawerForm(EditServiceOrderSchema, open, {
    title: order.title ?? "",
    description: order.description ?? "",
    priority: order.priority,
    internal_note: order.internal_note ?? "",
  })
  const update = useUpdateServiceOrder(order.id)

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={`Edit ${order.number}`}
      onSubmit={async (values) => {
        // Empty text clears the field.
        await update.mutateAsync({
          ...values,
          title: values.title || null,
          description: values.description || null,
          internal_note: values.internal_note || null,
        })
        toastSuccess(`${order.number} was updated`)
      }}
      testId="edit-service-order"
    >
      <FormText control={form.control} name="title" label="Title" id="edit-title" optional />
      <FormTextarea control={form.control} name="description" label="Description" id="edit-description" optional />
      <FormSelect control={form.control} name="priority" label="Priority" id="edit-priority" options={PRIORITY_OPTIONS} />
      <FormTextarea control={form.control} name="internal_note" label="Internal note" id="edit-note" optional hint="Only visible to staff." />
    </FormDrawer>
  )
}
