import { Input } from "@medusajs/ui"
import { useSaveBomComponent } from "../../lib/bom-hooks"
import type { BomComponent } from "../../lib/bom-types"
import { VariantCombobox } from "../combobox"
import { useRecordForm } from "../dispatch-settings/use-record-form"
import { Field, FormError, parseDecimal } from "../field"
import { FormDrawer } from "../form-drawer"

type ComponentValues = {
  position: string
  reference: string
  product_variant_id: string | null
  part_number: string
  title: string
  quantity: string
  unit: string
}

const orNull = (s: string) => s.trim() || null

/** Adds a component to a draft version, or edits one: a product variant or a free-text part. */
export const BomComponentDrawer = ({
  open,
  onOpenChange,
  bomId,
  versionId,
  component,
  nextPosition,
  variantLabel,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  bomId: string
  versionId: string
  component: BomComponent | null
  /** The position a new component gets unless changed (after the last one). */
  nextPosition: number
  /** The edited component's variant as the table names it. */
  variantLabel?: string | null
}) => {
  const save = useSaveBomComponent(bomId, versionId)
  const form = useRecordForm<BomComponent, ComponentValues>({
    open,
    onOpenChange,
    record: component,
    toValues: (c) => ({
      position: String(c?.position ?? nextPosition),
      reference: c?.reference ?? "",
      product_variant_id: c?.product_variant_id ?? null,
      part_number: c?.part_number ?? "",
      title: c?.title ?? "",
      quantity: c ? String(Number(c.quantity)) : "1",
      unit: c?.unit ?? "",
    }),
    save: {
      mutate: ({ id, body }, opts) =>
        save.mutate(
          {
            id,
            body: {
              position: Number(body.position),
              reference: orNull(body.reference),
              product_variant_id: body.product_variant_id,
              part_number: orNull(body.part_number),
              title: orNull(body.title),
              quantity: parseDecimal(body.quantity)!,
              unit: orNull(body.unit),
            },
          },
          opts
        ),
    },
    describe: (v) => `Component "${v.part_number.trim() || v.title.trim() || variantLabel || "part"}"`,
  })
  const v = form.values
  const quantity = parseDecimal(v.quantity)
  const position = Number(v.position)
  const namesPart = !!(v.product_variant_id || v.part_number.trim() || v.title.trim())
  const valid = namesPart && quantity !== undefined && quantity > 0 && Number.isInteger(position) && position >= 0

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={component ? "Edit component" : "Add component"}
      description="A product variant or a free-text part; a part number or title is enough."
      onSubmit={() => form.submit(v)}
      isPending={save.isPending}
      submitLabel={component ? "Save" : "Add"}
      submitDisabled={!valid}
      testId="bom-component-drawer"
    >
      <div className="grid grid-cols-[1fr_2fr] gap-4">
        <Field label="Position" htmlFor="bom-component-position">
          <Input
            id="bom-component-position"
            size="small"
            inputMode="numeric"
            value={v.position}
            onChange={(e) => form.set({ position: e.target.value })}
          />
        </Field>
        <Field label="Reference" htmlFor="bom-component-reference" optional hint="Where it sits, e.g. “drum / rear” or “R12”.">
          <Input id="bom-component-reference" size="small" value={v.reference} onChange={(e) => form.set({ reference: e.target.value })} />
        </Field>
      </div>
      <Field label="Product variant" htmlFor="bom-component-variant" optional hint="When the part is sold as a product.">
        <VariantCombobox
          id="bom-component-variant"
          value={v.product_variant_id}
          initialLabel={variantLabel}
          onChange={(product_variant_id) => form.set({ product_variant_id })}
        />
      </Field>
      <div className="grid grid-cols-[1fr_2fr] gap-4">
        <Field label="Part number" htmlFor="bom-component-part-number" optional>
          <Input
            id="bom-component-part-number"
            size="small"
            value={v.part_number}
            onChange={(e) => form.set({ part_number: e.target.value })}
          />
        </Field>
        <Field label="Title" htmlFor="bom-component-title" optional>
          <Input id="bom-component-title" size="small" value={v.title} onChange={(e) => form.set({ title: e.target.value })} />
        </Field>
      </div>
      <div className="grid grid-cols-2 gap-4">
        <Field label="Quantity" htmlFor="bom-component-quantity">
          <Input
            id="bom-component-quantity"
            size="small"
            inputMode="decimal"
            value={v.quantity}
            onChange={(e) => form.set({ quantity: e.target.value })}
          />
        </Field>
        <Field label="Unit" htmlFor="bom-component-unit" optional hint="e.g. pcs, m, l">
          <Input id="bom-component-unit" size="small" value={v.unit} onChange={(e) => form.set({ unit: e.target.value })} />
        </Field>
      </div>
      <FormError message={form.error} testId="bom-component-error" />
    </FormDrawer>
  )
}
