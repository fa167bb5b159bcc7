import { useNavigate } from "react-router-dom"
import { z } from "zod"
import { toastSaved } from "../../lib/errors"
import { useSaveBom } from "../../lib/hooks/boms"
import type { Bom } from "../../../types"
import { FormField } from "../form/form-field"
import { FormText, FormTextarea } from "../form/form-text"
import { optionalText, requiredText } from "../form/schema"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"
import { ProductCombobox, ProductVariantSelect } from "./product-picker"

const BomSchema = z.object({
  product_id: z
    .string()
    .nullable()
    .refine((v) => !!v, "Choose a product"),
  variant_id: z.string().nullable(),
  name: requiredText("Enter a name"),
  description: optionalText(),
})

/**
 * Creates a BOM for a product (or one of its variants) and opens it in the editor, or edits a
 * BOM's name and description (its product is fixed: versions and pinned objects depend on it).
 */
export const BomDrawer = ({
  open,
  onOpenChange,
  bom,
  productId,
}: DrawerProps<{
  bom: Bom | null
  /** A product chosen already (the product page's widget). */
  productId?: string
}>) => {
  const navigate = useNavigate()
  const save = useSaveBom()
  const form = useDrawerForm(BomSchema, open, {
    product_id: bom?.product_id ?? productId ?? null,
    variant_id: bom?.variant_id ?? null,
    name: bom?.name ?? "",
    description: bom?.description ?? "",
  })
  const { control } = form
  const chosenProduct = form.watch("product_id")
  const isEdit = !!bom

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={isEdit ? "Edit BOM" : "Create BOM"}
      description={isEdit ? undefined : "A bill of materials for a product, or for one variant that differs."}
      submitLabel={isEdit ? "Save" : "Create"}
      testId="bom-drawer"
      errorTestId="bom-error"
      onSubmit={async ({ product_id, variant_id, name, description }) => {
        // The product and variant are fixed once created, so an edit sends neither.
        const saved = await save.mutateAsync({
          id: bom?.id,
          body: { ...(isEdit ? {} : { product_id: product_id!, variant_id }), name, description },
        })
        toastSaved(`BOM "${name}"`, isEdit)
        if (!isEdit) {
          navigate(`/boms/${saved.id}`)
        }
      }}
    >
      <FormField
        control={control}
        name="product_id"
        id="bom-product"
        label="Product"
        hint={isEdit ? "The product is fixed once created." : undefined}
        render={({ value, onChange }) => (
          <ProductCombobox
            id="bom-product"
            value={value}
            disabled={isEdit || !!productId}
            onChange={(id) => {
              onChange(id)
              form.setValue("variant_id", null)
            }}
          />
        )}
      />
      {chosenProduct && (
        <FormField
          control={control}
          name="variant_id"
          id="bom-variant"
          label="Variant"
          hint="A variant's own BOM wins over its product's."
          render={({ value, onChange }) => (
            <ProductVariantSelect id="bom-variant" productId={chosenProduct} value={value} disabled={isEdit} onChange={onChange} />
          )}
        />
      )}
      <FormText control={control} name="name" id="bom-name" label="Name" />
      <FormTextarea control={control} name="description" id="bom-description" label="Description" optional />
    </FormDrawer>
  )
}
