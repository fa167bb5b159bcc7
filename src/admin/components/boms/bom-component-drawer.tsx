import { useSaveBomComponent } from "../../lib/hooks/boms"
import type { BomComponent } from "../../lib/bom-types"
import { VariantCombobox } from "../combobox"
import { useRecordForm } from "../dispatch-settings/use-record-form"
import { Field, FormError, parseDecimal, TextField } from "../field"
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
        <TextField id="bom-component-position" label="Position" value={v.position} onChange={(position) => form.set({ position })} inputMode="numeric" />
        <TextField id="bom-component-reference" label="Reference" value={v.reference} onChange={(reference) => form.set({ reference })} optional hint="Where it sits, e.g. “drum / rear” or “R12”." />
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
        <TextField id="bom-component-part-number" label="Part number" value={v.part_number} onChange={(part_number) => form.set({ part_number })} optional />
        <TextField id="bom-component-title" label="Title" value={v.title} onChange={(title) => form.set({ title })} optional />
      </div>
      <div className="grid grid-cols-2 gap-4">
        <TextField id="bom-component-quantity" label="Quantity" value={v.quantity} onChange={(quantity) => form.set({ quantity })} inputMode="decimal" />
        <TextField id="bom-component-unit" label="Unit" value={v.unit} onChange={(unit) => form.set({ unit })} optional hint="e.g. pcs, m, l" />
      </div>
      <FormError message={form.error} testId="bom-component-error" />
    </FormDrawer>
  )
}
