import { Input, Textarea } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { useSaveBom } from "../../lib/hooks/boms"
import type { Bom } from "../../lib/bom-types"
import { useRecordForm } from "../dispatch-settings/use-record-form"
import { Field, FormError } from "../field"
import { FormDrawer } from "../form-drawer"
import { ProductCombobox, ProductVariantSelect } from "./product-picker"

type BomValues = { product_id: string | null; variant_id: string | null; name: string; description: string }

/**
 * Creates a BOM for a product (or one of its variants) and opens it in the editor, or edits a
 * BOM's name and description (its product is fixed: versions and pinned objects depend on it).
 */
export const BomDrawer = ({
  open,
  onOpenChange,
  bom,
  productId,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  bom: Bom | null
  /** A product chosen already (the product page's widget). */
  productId?: string
}) => {
  const navigate = useNavigate()
  const save = useSaveBom()
  const form = useRecordForm<Bom, BomValues>({
    open,
    onOpenChange,
    record: bom,
    toValues: (b) => ({
      product_id: b?.product_id ?? productId ?? null,
      variant_id: b?.variant_id ?? null,
      name: b?.name ?? "",
      description: b?.description ?? "",
    }),
    save: {
      mutate: ({ id, body }, opts) =>
        save.mutate(
          {
            id,
            body: {
              ...(id ? {} : { product_id: body.product_id!, variant_id: body.variant_id }),
              name: body.name.trim(),
              description: body.description.trim() || null,
            },
          },
          {
            onSuccess: (saved) => {
              opts.onSuccess()
              if (!id) {
                navigate(`/boms/${saved.id}`)
              }
            },
            onError: opts.onError,
          }
        ),
    },
    describe: (v) => `BOM "${v.name.trim()}"`,
  })
  const v = form.values

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={form.isEdit ? "Edit BOM" : "Create BOM"}
      description={form.isEdit ? undefined : "A bill of materials for a product, or for one variant that differs."}
      onSubmit={() => form.submit(v)}
      isPending={save.isPending}
      submitLabel={form.isEdit ? "Save" : "Create"}
      submitDisabled={!v.name.trim() || !v.product_id}
      testId="bom-drawer"
    >
      <Field label="Product" htmlFor="bom-product" hint={form.isEdit ? "The product is fixed once created." : undefined}>
        <ProductCombobox
          id="bom-product"
          value={v.product_id}
          disabled={form.isEdit || !!productId}
          onChange={(product_id) => form.set({ product_id, variant_id: null })}
        />
      </Field>
      {v.product_id && (
        <Field label="Variant" htmlFor="bom-variant" hint="A variant's own BOM wins over its product's.">
          <ProductVariantSelect
            id="bom-variant"
            productId={v.product_id}
            value={v.variant_id}
            disabled={form.isEdit}
            onChange={(variant_id) => form.set({ variant_id })}
          />
        </Field>
      )}
      <Field label="Name" htmlFor="bom-name">
        <Input id="bom-name" size="small" value={v.name} onChange={(e) => form.set({ name: e.target.value })} />
      </Field>
      <Field label="Description" htmlFor="bom-description" optional>
        <Textarea id="bom-description" value={v.description} onChange={(e) => form.set({ description: e.target.value })} />
      </Field>
      <FormError message={form.error} testId="bom-error" />
    </FormDrawer>
  )
}
