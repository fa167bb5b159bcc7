import { XMarkMini } from "@medusajs/icons"
import { IconButton, Input, Text, clx } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { customerName } from "../lib/format"
import { useCustomer, useCustomerSearch } from "../lib/hooks/customers"
import { useVariantSearch } from "../lib/hooks/products"

export type ComboOption = { value: string; label: string; description?: string | null }

/** Debounces a value so a search box does not fire a request per keystroke. */
export const useDebounced = <T,>(value: T, ms = 250) => {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return debounced
}

/** The options matching what was typed; a hook, so it may search the API (debounce it there). */
export type UseComboOptions = (search: string) => { options: ComboOption[]; isLoading?: boolean }

/**
 * A searchable select: type to search, pick from the list below the input.
 * The list is rendered in place (no portal), so it works inside drawers and modals.
 */
export const Combobox = ({
  id,
  value,
  selectedLabel,
  useOptions,
  onChange,
  placeholder,
  disabled,
  emptyText = "No results",
  floating,
}: {
  id?: string
  value?: string | null
  selectedLabel?: string | null
  useOptions: UseComboOptions
  onChange: (value: string | null, option?: ComboOption) => void
  placeholder?: string
  disabled?: boolean
  emptyText?: string
  /** Float the result list over the content below (for toolbars) instead of pushing it down. */
  floating?: boolean
}) => {
  const [open, setOpen] = useState(false)
  const [search, setSearch] = useState("")
  const { options, isLoading } = useOptions(search)

  if (value) {
    return (
      <div
        className="bg-ui-bg-field shadow-borders-base flex h-8 items-center justify-between rounded-md px-2"
        data-testid={id ? `${id}-selected` : undefined}
      >
        <Text size="small" leading="compact" className="truncate">
          {selectedLabel || value}
        </Text>
        {!disabled && (
          <IconButton
            size="2xsmall"
            variant="transparent"
            type="button"
            aria-label="Clear selection"
            onClick={() => {
              onChange(null)
              setSearch("")
            }}
          >
            <XMarkMini />
          </IconButton>
        )}
      </div>
    )
  }

  return (
    <div className={clx("flex flex-col gap-y-1", { relative: floating })}>
      <Input
        id={id}
        type="search"
        size="small"
        autoComplete="off"
        placeholder={placeholder}
        value={search}
        disabled={disabled}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setSearch(e.target.value)
          setOpen(true)
        }}
      />
      {open && (
        <div
          role="listbox"
          className={clx("bg-ui-bg-base shadow-elevation-flyout max-h-56 overflow-y-auto rounded-lg p-1", {
            "absolute left-0 top-full z-50 mt-1 w-full min-w-[240px]": floating,
          })}
        >
          {isLoading && !options.length ? (
            <Text size="small" className="text-ui-fg-subtle px-2 py-1.5">
              Loading…
            </Text>
          ) : options.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle px-2 py-1.5">
              {emptyText}
            </Text>
          ) : (
            options.map((option) => (
              <button
                key={option.value}
                type="button"
                role="option"
                aria-selected={false}
                className={clx(
                  "hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover flex w-full flex-col items-start rounded-md px-2 py-1.5 text-left outline-none"
                )}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  onChange(option.value, option)
                  setOpen(false)
                }}
              >
                <span className="txt-compact-small text-ui-fg-base">{option.label}</span>
                {option.description && (
                  <span className="txt-compact-xsmall text-ui-fg-subtle">{option.description}</span>
                )}
              </button>
            ))
          )}
        </div>
      )}
    </div>
  )
}

const useCustomerOptions: UseComboOptions = (search) => {
  const { data, isLoading } = useCustomerSearch(useDebounced(search))
  return { isLoading, options: (data?.customers ?? []).map((c) => ({ value: c.id, label: customerName(c), description: c.email })) }
}

/** Customer picker fed by `GET /admin/customers?q=`. */
export const CustomerCombobox = ({
  id = "customer",
  value,
  onChange,
  placeholder = "Search customers by name or email",
  ...props
}: {
  id?: string
  value?: string | null
  onChange: (id: string | null) => void
  disabled?: boolean
  floating?: boolean
  placeholder?: string
}) => {
  const selected = useCustomer(value).data?.customer
  const selectedLabel = selected ? `${customerName(selected)}${selected.email ? ` (${selected.email})` : ""}` : undefined
  return (
    <Combobox
      {...props}
      id={id}
      value={value}
      selectedLabel={selectedLabel}
      useOptions={useCustomerOptions}
      onChange={(v) => onChange(v)}
      placeholder={placeholder}
      emptyText="No customers found"
    />
  )
}

const useVariantOptions: UseComboOptions = (search) => {
  const { data, isLoading } = useVariantSearch(useDebounced(search))
  return {
    isLoading,
    options: (data?.variants ?? []).map((v) => ({
      value: v.id,
      label: [v.product?.title, v.title].filter(Boolean).join(" · ") || v.id,
      description: v.sku,
    })),
  }
}

/** Product variant picker fed by `GET /admin/product-variants?q=`. */
export const VariantCombobox = ({
  id = "product_variant",
  value,
  initialLabel,
  onChange,
}: {
  id?: string
  value?: string | null
  initialLabel?: string | null
  onChange: (id: string | null, label?: string) => void
}) => {
  const [label, setLabel] = useState<string | null | undefined>(initialLabel)
  return (
    <Combobox
      id={id}
      value={value}
      selectedLabel={label}
      useOptions={useVariantOptions}
      onChange={(v, option) => {
        setLabel(option?.label ?? null)
        onChange(v, option?.label)
      }}
      placeholder="Search products by title or SKU"
      emptyText="No variants found"
    />
  )
}
