import { Select } from "@medusajs/ui"
import { variantOptionText } from "../../lib/bom-format"
import { useProduct, useProductSearch } from "../../lib/hooks/products"
import { Combobox, useDebounced, type UseComboOptions } from "../combobox"

/** The value of the variant select that means "the whole product". */
const WHOLE_PRODUCT = "__product__"

const useProductOptions: UseComboOptions = (search) => {
  const { data, isLoading } = useProductSearch(useDebounced(search))
  return {
    isLoading,
    options: (data?.products ?? []).map((p) => ({
      value: p.id,
      label: p.title || p.id,
      description: `${p.variants?.length ?? 0} variant${p.variants?.length === 1 ? "" : "s"}`,
    })),
  }
}

/** Product picker fed by `GET /admin/products?q=`. */
export const ProductCombobox = ({
  id = "product",
  value,
  onChange,
  disabled,
}: {
  id?: string
  value?: string | null
  onChange: (id: string | null) => void
  disabled?: boolean
}) => {
  const { data: selected } = useProduct(value)
  return (
    <Combobox
      id={id}
      value={value}
      selectedLabel={selected?.product.title ?? value}
      useOptions={useProductOptions}
      onChange={(v) => onChange(v)}
      placeholder="Search products by title"
      disabled={disabled}
      emptyText="No products found"
    />
  )
}

/** One variant of a product, or the whole product (`null`), for a BOM that covers all variants. */
export const ProductVariantSelect = ({
  id = "variant",
  productId,
  value,
  onChange,
  disabled,
}: {
  id?: string
  productId: string
  value: string | null
  onChange: (variantId: string | null) => void
  disabled?: boolean
}) => {
  const { data } = useProduct(productId)
  const variants = data?.product.variants ?? []
  return (
    <Select value={value ?? WHOLE_PRODUCT} onValueChange={(v) => onChange(v === WHOLE_PRODUCT ? null : v)} disabled={disabled}>
      <Select.Trigger id={id} data-testid={id}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={WHOLE_PRODUCT}>All variants</Select.Item>
        {variants.map((v) => (
          <Select.Item key={v.id} value={v.id}>
            {variantOptionText(v)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
