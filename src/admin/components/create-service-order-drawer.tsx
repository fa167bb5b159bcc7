import { Input, Select, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { toastError, toastSuccess } from "../lib/errors"
import { useServiceObjects } from "../lib/hooks/service-objects"
import { useCreateServiceOrder } from "../lib/hooks/service-orders"
import { PRIORITIES, type Priority } from "../lib/types"
import { humanize } from "../lib/format"
import { CustomerCombobox } from "./combobox"
import { Field } from "./field"
import { FormDrawer } from "./form-drawer"

const NO_OBJECT = "__none__"

/**
 * Creates a service order: customer, one of that customer's service objects, title,
 * description, priority and an internal note. Opens the new order on success.
 */
export const CreateServiceOrderDrawer = ({
  open,
  onOpenChange,
  customerId,
  serviceObjectId,
  lockCustomer,
  objectFilter,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  customerId?: string | null
  serviceObjectId?: string | null
  /** Fixes the customer (e.g. on a customer's or an object's page). */
  lockCustomer?: boolean
  /** Narrows the object choice, e.g. to the objects bought on one order. */
  objectFilter?: { order_id?: string }
}) => {
  const navigate = useNavigate()
  const [customer, setCustomer] = useState<string | null>(customerId ?? null)
  const [objectId, setObjectId] = useState<string>(serviceObjectId ?? NO_OBJECT)
  const [title, setTitle] = useState("")
  const [description, setDescription] = useState("")
  const [priority, setPriority] = useState<Priority>("normal")
  const [internalNote, setInternalNote] = useState("")

  useEffect(() => {
    if (open) {
      setCustomer(customerId ?? null)
      setObjectId(serviceObjectId ?? NO_OBJECT)
      setTitle("")
      setDescription("")
      setPriority("normal")
      setInternalNote("")
    }
  }, [open, customerId, serviceObjectId])

  const objects = useServiceObjects(
    { customer_id: customer ?? undefined, ...objectFilter, limit: 100, order: "name" },
    { enabled: open && !!customer }
  )
  const create = useCreateServiceOrder()

  const submit = () => {
    if (!customer) {
      toastError({ message: "Choose a customer for the service order." })
      return
    }
    create.mutate(
      {
        customer_id: customer,
        service_object_id: objectId === NO_OBJECT ? undefined : objectId,
        priority,
        title: title.trim() || undefined,
        description: description.trim() || undefined,
        internal_note: internalNote.trim() || undefined,
      },
      {
        onSuccess: ({ service_order }) => {
          toastSuccess(`Service order ${service_order.number} was created`)
          onOpenChange(false)
          navigate(`/service-orders/${service_order.id}`)
        },
        onError: toastError,
      }
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Create service order"
      onSubmit={submit}
      isPending={create.isPending}
      submitLabel="Create"
      submitDisabled={!customer}
      testId="create-service-order"
    >
      <Field label="Customer" htmlFor="so-customer">
        <CustomerCombobox
          id="so-customer"
          value={customer}
          disabled={lockCustomer}
          onChange={(id) => {
            setCustomer(id)
            setObjectId(NO_OBJECT)
          }}
        />
      </Field>
      <Field label="Service object" optional hint={!customer ? "Choose a customer first." : undefined}>
        <Select value={objectId} onValueChange={setObjectId} disabled={!customer}>
          <Select.Trigger id="so-object" data-testid="so-object">
            <Select.Value placeholder="No object" />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NO_OBJECT}>No object</Select.Item>
            {(objects.data?.service_objects ?? []).map((o) => (
              <Select.Item key={o.id} value={o.id}>
                {o.name}
                {o.serial_number ? ` · ${o.serial_number}` : ""}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field label="Title" htmlFor="so-title" optional>
        <Input id="so-title" size="small" value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field label="Description" htmlFor="so-description" optional>
        <Textarea id="so-description" value={description} onChange={(e) => setDescription(e.target.value)} rows={4} />
      </Field>
      <Field label="Priority" htmlFor="so-priority">
        <Select value={priority} onValueChange={(v) => setPriority(v as Priority)}>
          <Select.Trigger id="so-priority" data-testid="so-priority">
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
      <Field label="Internal note" htmlFor="so-note" optional hint="Only visible to staff.">
        <Textarea id="so-note" value={internalNote} onChange={(e) => setInternalNote(e.target.value)} rows={3} />
      </Field>
    </FormDrawer>
  )
}
