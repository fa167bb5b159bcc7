import { z } from "zod"
import { toastSaved } from "../../lib/errors"
import { useSaveBomComponent } from "../../lib/hooks/boms"
import type { BomComponent } from "../../../types"
import { VariantCombobox } from "../combobox"
import { FormField } from "../form/form-field"
import { FormNumber } from "../form/form-number"
import { FormText } from "../form/form-text"
import { optionalText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"

const ComponentSchema = z
  .object({
    position: z.number({ message: "Enter a position" }).int("A whole number").min(0, "0 or more"),
    reference: optionalText(),
    product_variant_id: z.string().nullable(),
    part_number: optionalText(),
    title: optionalText(),
    quantity: z.number({ message: "Enter a quantity" }).positive("More than 0"),
    unit: optionalText(),
  })
  .refine((c) => c.product_variant_id || c.part_number || c.title, {
    path: ["part_number"],
    message: "Choose a variant, or enter a part number or title",
  })

/** Adds a component to a draft version, or edits one: a product variant or a free-text part. */
export const BomComponentDrawer = ({
  open,
  onOpenChange,
  bomId,
  versionId,
  component,
  nextPosition,
  variantLabel,
}: DrawerProps<{
  bomId: string
  versionId: string
  component: BomComponent | null
  /** The position a new component gets unless changed (after the last one). */
  nextPosition: number
  /** The edited component's variant as the table names it. */
  variantLabel?: string | null
}>) => {
  const save = useSaveBomComponent(bomId, versionId)
  const form = useDrawerForm(ComponentSchema, open, {
    position: component?.position ?? nextPosition,
    reference: component?.reference ?? "",
    product_variant_id: component?.product_variant_id ?? null,
    part_number: component?.part_number ?? "",
    title: component?.title ?? "",
    quantity: component ? Number(component.quantity) : 1,
    unit: component?.unit ?? "",
  })
  const { control } = form

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={component ? "Edit component" : "Add component"}
      description="A product variant or a free-text part; a part number or title is enough."
      submitLabel={component ? "Save" : "Add"}
      testId="bom-component-drawer"
      errorTestId="bom-component-error"
      onSubmit={async (body) => {
        await save.mutateAsync({ id: component?.id, body })
        toastSaved(`Component "${body.part_number || body.title || variantLabel || "part"}"`, !!component)
      }}
    >
      <div className="grid grid-cols-[1fr_2fr] gap-4">
        <FormNumber control={control} name="position" id="bom-component-position" label="Position" min={0} step={1} />
        <FormText
          control={control}
          name="reference"
          id="bom-component-reference"
          label="Reference"
          optional
          hint="Where it sits, e.g. “drum / rear” or “R12”."
        />
      </div>
      <FormField
        control={control}
        name="product_variant_id"
        id="bom-component-variant"
        label="Product variant"
        optional
        hint="When the part is sold as a product."
        render={({ value, onChange }) => (
          <VariantCombobox id="bom-component-variant" value={value} initialLabel={variantLabel} onChange={onChange} />
        )}
      />
      <div className="grid grid-cols-[1fr_2fr] gap-4">
        <FormText control={control} name="part_number" id="bom-component-part-number" label="Part number" optional />
        <FormText control={control} name="title" id="bom-component-title" label="Title" optional />
      </div>
      <div className="grid grid-cols-2 gap-4">
        <FormNumber control={control} name="quantity" id="bom-component-quantity" label="Quantity" min={0} step="any" />
        <FormText control={control} name="unit" id="bom-component-unit" label="Unit" optional hint="e.g. pcs, m, l" />
      </div>
    </FormDrawer>
  )
}
