import { z } from "zod"
import { toastSuccess } from "../lib/errors"
import { toDateInput } from "../lib/format"
import type { ServiceObject, ServiceObjectInput } from "../../types"
import { useCreateServiceObject, useUpdateServiceObject } from "../lib/hooks/service-objects"
import { CustomerCombobox, VariantCombobox } from "./combobox"
import { FormDrawer, type DrawerProps } from "./form-drawer"
import { FormDate } from "./form/form-date"
import { FormField } from "./form/form-field"
import { FormText } from "./form/form-text"
import { useDrawerForm } from "./form/use-drawer-form"

export type ServiceObjectDefaults = {
  name?: string
  customer_id?: string | null
  product_variant_id?: string | null
  product_variant_label?: string | null
  order_id?: string | null
  order_line_item_id?: string | null
}

const Schema = z.object({
  customer_id: z.string().nullable().refine((v) => !!v, "Choose the customer"),
  name: z.string().trim().min(1, "Enter a name"),
  serial_number: z.string().trim(),
  product_variant_id: z.string().nullable(),
  warranty_end: z.string().nullable(),
  installed_at: z.string().nullable(),
})

/** Creates a service object (optionally pre-filled from an order line) or edits one. */
export const ServiceObjectDrawer = ({
  open,
  onOpenChange,
  serviceObject,
  defaults,
  lockCustomer,
  onSaved,
}: DrawerProps<{
  /** Edit this object; without it the drawer creates one. */
  serviceObject?: ServiceObject
  defaults?: ServiceObjectDefaults
  lockCustomer?: boolean
  onSaved?: (object: ServiceObject) => void
}>) => {
  const isEdit = !!serviceObject
  const variantLabel = serviceObject?.product_variant
    ? [serviceObject.product_variant.product?.title, serviceObject.product_variant.title].filter(Boolean).join(" · ")
    : defaults?.product_variant_label
  const form = useDrawerForm(Schema, open, {
    customer_id: serviceObject?.customer_id ?? defaults?.customer_id ?? null,
    name: serviceObject?.name ?? defaults?.name ?? "",
    serial_number: serviceObject?.serial_number ?? "",
    product_variant_id: serviceObject?.product_variant_id ?? defaults?.product_variant_id ?? null,
    warranty_end: toDateInput(serviceObject?.warranty_end) || null,
    installed_at: toDateInput(serviceObject?.installed_at) || null,
  })
  const create = useCreateServiceObject()
  const update = useUpdateServiceObject(serviceObject?.id ?? "")

  const save = async (v: z.output<typeof Schema>) => {
    const body: ServiceObjectInput = {
      name: v.name,
      customer_id: v.customer_id ?? undefined,
      product_variant_id: v.product_variant_id,
      serial_number: v.serial_number || null,
      // A warranty holds through its last day; an installation is dated at noon, clear of zone shifts.
      warranty_end: v.warranty_end ? new Date(`${v.warranty_end}T23:59:59`).toISOString() : null,
      installed_at: v.installed_at ? new Date(`${v.installed_at}T12:00:00`).toISOString() : null,
    }
    if (isEdit) {
      return (await update.mutateAsync(body)).service_object
    }
    // A new object leaves out what is empty, and keeps the order line it was bought on.
    const created = await create.mutateAsync({
      ...body,
      product_variant_id: body.product_variant_id || undefined,
      serial_number: body.serial_number || undefined,
      warranty_end: body.warranty_end || undefined,
      installed_at: body.installed_at || undefined,
      order_id: defaults?.order_id || undefined,
      order_line_item_id: defaults?.order_line_item_id || undefined,
    })
    return created.service_object
  }

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={isEdit ? "Edit service object" : "Register service object"}
      description={
        defaults?.order_line_item_id && !isEdit ? "The object is linked to the order line it was bought on." : undefined
      }
      submitLabel={isEdit ? "Save" : "Create"}
      testId="service-object-drawer"
      onSubmit={async (v) => {
        const saved = await save(v)
        toastSuccess(isEdit ? "Service object was updated" : `Service object ${saved.name} was registered`)
        onSaved?.(saved)
      }}
    >
      <FormField
        control={form.control}
        name="customer_id"
        label="Customer"
        id="obj-customer"
        render={({ value, onChange }) => (
          <CustomerCombobox id="obj-customer" value={value as string | null} onChange={onChange} disabled={lockCustomer} />
        )}
      />
      <FormText control={form.control} name="name" label="Name" id="obj-name" />
      <FormText control={form.control} name="serial_number" label="Serial number" id="obj-serial" optional />
      <FormField
        control={form.control}
        name="product_variant_id"
        label="Product variant"
        id="obj-variant"
        optional
        render={({ value, onChange }) => (
          <VariantCombobox id="obj-variant" value={value as string | null} initialLabel={variantLabel} onChange={(id) => onChange(id)} />
        )}
      />
      <div className="grid grid-cols-2 gap-4">
        <FormDate control={form.control} name="warranty_end" label="Warranty end" id="obj-warranty" optional />
        <FormDate control={form.control} name="installed_at" label="Installed on" id="obj-installed" optional />
      </div>
    </FormDrawer>
  )
}
