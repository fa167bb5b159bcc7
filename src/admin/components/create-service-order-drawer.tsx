import { useNavigate } from "react-router-dom"
import { useWatch } from "react-hook-form"
import { z } from "zod"
import { SERVICE_ORDER_PRIORITIES } from "../../types"
import { toastSuccess } from "../lib/errors"
import { useServiceObjects } from "../lib/hooks/service-objects"
import { useCreateServiceOrder } from "../lib/hooks/service-orders"
import { CustomerCombobox } from "./combobox"
import { PRIORITY_OPTIONS } from "./edit-service-order-drawer"
import { FormField } from "./form/form-field"
import { FormSelect } from "./form/form-select"
import { FormText, FormTextarea } from "./form/form-text"
import { useDrawerForm } from "./form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "./form-drawer"

const CreateServiceOrderSchema = z.object({
  customer_id: z.string().min(1, "Choose a customer for the service order."),
  service_object_id: z.string().nullable(),
  title: z.string().trim(),
  description: z.string().trim(),
  priority: z.enum(SERVICE_ORDER_PRIORITIES),
  internal_note: z.string().trim(),
})

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
}: DrawerProps<{
  customerId?: string | null
  serviceObjectId?: string | null
  /** Fixes the customer (e.g. on a customer's or an object's page). */
  lockCustomer?: boolean
  /** Narrows the object choice, e.g. to the objects bought on one order. */
  objectFilter?: { order_id?: string }
}>) => {
  const navigate = useNavigate()
  const form = useDrawerForm(CreateServiceOrderSchema, open, {
    customer_id: customerId ?? "",
    service_object_id: serviceObjectId ?? null,
    title: "",
    description: "",
    priority: "normal",
    internal_note: "",
  })
  const customer = useWatch({ control: form.control, name: "customer_id" })
  const objects = useServiceObjects(
    { customer_id: customer || undefined, ...objectFilter, limit: 100, order: "name" },
    { enabled: open && !!customer }
  )
  const create = useCreateServiceOrder()

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title="Create service order"
      onSubmit={async (values) => {
        // Empty text and no object are left out of the new order.
        const { service_order } = await create.mutateAsync({
          ...values,
          service_object_id: values.service_object_id ?? undefined,
          title: values.title || undefined,
          description: values.description || undefined,
          internal_note: values.internal_note || undefined,
        })
        toastSuccess(`Service order ${service_order.number} was created`)
        navigate(`/service-orders/${service_order.id}`)
      }}
      submitLabel="Create"
      testId="create-service-order"
    >
      <FormField
        control={form.control}
        name="customer_id"
        label="Customer"
        id="so-customer"
        render={({ value, onChange }) => (
          <CustomerCombobox
            id="so-customer"
            value={value || null}
            disabled={lockCustomer}
            onChange={(id) => {
              onChange(id ?? "")
              form.setValue("service_object_id", null)
            }}
          />
        )}
      />
      <FormSelect
        control={form.control}
        name="service_object_id"
        label="Service object"
        id="so-object"
        testId="so-object"
        optional
        hint={!customer ? "Choose a customer first." : undefined}
        disabled={!customer}
        noneLabel="No object"
        options={(objects.data?.service_objects ?? []).map((o) => ({
          value: o.id,
          label: o.serial_number ? `${o.name} · ${o.serial_number}` : o.name,
        }))}
      />
      <FormText control={form.control} name="title" label="Title" id="so-title" optional />
      <FormTextarea control={form.control} name="description" label="Description" id="so-description" optional />
      <FormSelect control={form.control} name="priority" label="Priority" id="so-priority" testId="so-priority" options={PRIORITY_OPTIONS} />
      <FormTextarea control={form.control} name="internal_note" label="Internal note" id="so-note" optional hint="Only visible to staff." />
    </FormDrawer>
  )
}
