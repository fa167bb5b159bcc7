import { Input } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { toastError, toastSuccess } from "../lib/errors"
import { toDateInput } from "../lib/format"
import type { ServiceObject, ServiceObjectInput } from "../../types"
import { useCreateServiceObject, useUpdateServiceObject } from "../lib/hooks/service-objects"
import { CustomerCombobox, VariantCombobox } from "./combobox"
import { Field } from "./field"
import { FormDrawer } from "./form-drawer"

export type ServiceObjectDefaults = {
  name?: string
  customer_id?: string | null
  product_variant_id?: string | null
  product_variant_label?: string | null
  order_id?: string | null
  order_line_item_id?: string | null
}

/** Creates a service object (optionally pre-filled from an order line) or edits one. */
export const ServiceObjectDrawer = ({
  open,
  onOpenChange,
  serviceObject,
  defaults,
  lockCustomer,
  onSaved,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Edit this object; without it the drawer creates one. */
  serviceObject?: ServiceObject
  defaults?: ServiceObjectDefaults
  lockCustomer?: boolean
  onSaved?: (object: ServiceObject) => void
}) => {
  const isEdit = !!serviceObject
  const [name, setName] = useState("")
  const [customerId, setCustomerId] = useState<string | null>(null)
  const [serial, setSerial] = useState("")
  const [variantId, setVariantId] = useState<string | null>(null)
  const [warrantyEnd, setWarrantyEnd] = useState("")
  const [installedAt, setInstalledAt] = useState("")

  const variantLabel = serviceObject?.product_variant
    ? [serviceObject.product_variant.product?.title, serviceObject.product_variant.title].filter(Boolean).join(" · ")
    : defaults?.product_variant_label

  useEffect(() => {
    if (!open) {
      return
    }
    setName(serviceObject?.name ?? defaults?.name ?? "")
    setCustomerId(serviceObject?.customer_id ?? defaults?.customer_id ?? null)
    setSerial(serviceObject?.serial_number ?? "")
    setVariantId(serviceObject?.product_variant_id ?? defaults?.product_variant_id ?? null)
    setWarrantyEnd(toDateInput(serviceObject?.warranty_end))
    setInstalledAt(toDateInput(serviceObject?.installed_at))
    // Reset only when the drawer opens: `defaults` is often an inline object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, serviceObject?.id])

  const create = useCreateServiceObject()
  const update = useUpdateServiceObject(serviceObject?.id ?? "")

  const submit = () => {
    if (!customerId || !name.trim()) {
      toastError({ message: "A service object needs a customer and a name." })
      return
    }
    const base: ServiceObjectInput = {
      name: name.trim(),
      customer_id: customerId,
      product_variant_id: variantId,
      warranty_end: warrantyEnd ? new Date(`${warrantyEnd}T23:59:59`).toISOString() : null,
      installed_at: installedAt ? new Date(`${installedAt}T12:00:00`).toISOString() : null,
      serial_number: serial.trim() || null,
    }
    const options = {
      onSuccess: ({ service_object }: { service_object: ServiceObject }) => {
        toastSuccess(isEdit ? "Service object was updated" : `Service object ${service_object.name} was registered`)
        onOpenChange(false)
        onSaved?.(service_object)
      },
      onError: toastError,
    }
    if (isEdit) {
      update.mutate(base, options)
    } else {
      const body: ServiceObjectInput = {
        ...base,
        product_variant_id: variantId || undefined,
        warranty_end: base.warranty_end || undefined,
        installed_at: base.installed_at || undefined,
        serial_number: base.serial_number || undefined,
        order_id: defaults?.order_id || undefined,
        order_line_item_id: defaults?.order_line_item_id || undefined,
      }
      create.mutate(body, options)
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={isEdit ? "Edit service object" : "Register service object"}
      description={
        defaults?.order_line_item_id && !isEdit ? "The object is linked to the order line it was bought on." : undefined
      }
      onSubmit={submit}
      isPending={create.isPending || update.isPending}
      submitLabel={isEdit ? "Save" : "Create"}
      submitDisabled={!customerId || !name.trim()}
      testId="service-object-drawer"
    >
      <Field label="Customer" htmlFor="obj-customer">
        <CustomerCombobox id="obj-customer" value={customerId} onChange={setCustomerId} disabled={lockCustomer} />
      </Field>
      <Field label="Name" htmlFor="obj-name">
        <Input id="obj-name" size="small" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label="Serial number" htmlFor="obj-serial" optional>
        <Input id="obj-serial" size="small" value={serial} onChange={(e) => setSerial(e.target.value)} />
      </Field>
      <Field label="Product variant" htmlFor="obj-variant" optional>
        <VariantCombobox
          id="obj-variant"
          value={variantId}
          initialLabel={variantLabel}
          onChange={(id) => setVariantId(id)}
        />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field label="Warranty end" htmlFor="obj-warranty" optional>
          <Input
            id="obj-warranty"
            type="date"
            size="small"
            value={warrantyEnd}
            onChange={(e) => setWarrantyEnd(e.target.value)}
          />
        </Field>
        <Field label="Installed on" htmlFor="obj-installed" optional>
          <Input
            id="obj-installed"
            type="date"
            size="small"
            value={installedAt}
            onChange={(e) => setInstalledAt(e.target.value)}
          />
        </Field>
      </div>
    </FormDrawer>
  )
}
