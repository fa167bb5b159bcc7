import { Input, Select, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { toastError, toastSuccess } from "../lib/errors"
import { humanize } from "../lib/format"
import { useUpdateServiceOrder } from "../lib/hooks/service-orders"
import { PRIORITIES, type Priority, type ServiceOrder } from "../lib/types"
import { Field } from "./field"
import { FormDrawer } from "./form-drawer"

/** Edits a service order's header: title, description, priority and internal note. */
export const EditServiceOrderDrawer = ({
  open,
  onOpenChange,
  order,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  order: ServiceOrder
}) => {
  const [title, setTitle] = useState("")
  const [description, setDescription] = useState("")
  const [priority, setPriority] = useState<Priority>("normal")
  const [internalNote, setInternalNote] = useState("")

  useEffect(() => {
    if (open) {
      setTitle(order.title ?? "")
      setDescription(order.description ?? "")
      setPriority(order.priority)
      setInternalNote(order.internal_note ?? "")
    }
  }, [open, order.id])

  const update = useUpdateServiceOrder(order.id)

  const submit = () =>
    update.mutate(
      {
        title: title.trim() || null,
        description: description.trim() || null,
        priority,
        internal_note: internalNote.trim() || null,
      },
      {
        onSuccess: () => {
          toastSuccess(`${order.number} was updated`)
          onOpenChange(false)
        },
        onError: toastError,
      }
    )

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Edit ${order.number}`}
      onSubmit={submit}
      isPending={update.isPending}
      testId="edit-service-order"
    >
      <Field label="Title" htmlFor="edit-title" optional>
        <Input id="edit-title" size="small" value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field label="Description" htmlFor="edit-description" optional>
        <Textarea id="edit-description" rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <Field label="Priority" htmlFor="edit-priority">
        <Select value={priority} onValueChange={(v) => setPriority(v as Priority)}>
          <Select.Trigger id="edit-priority">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {PRIORITIES.map((p) => (
              <Select.Item key={p} value={p}>
                {humanize(p)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field label="Internal note" htmlFor="edit-note" optional hint="Only visible to staff.">
        <Textarea id="edit-note" rows={3} value={internalNote} onChange={(e) => setInternalNote(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
