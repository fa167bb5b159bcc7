import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"

export type PostableLine = {
  id: string
  type: string
  description: string
  product_variant_id?: string | null
  quantity: BigNumberInput
  unit_price?: BigNumberInput | null
  billable?: boolean | null
}

export type PostingItem = {
  title: string
  subtitle: string
  quantity: number
  unit_price: number
  is_tax_inclusive: boolean
  variant_id?: string
  metadata:
    | { service_order_id: string; service_order_line_id: string; service_order_line_type: string }
    | { service_order_id: string; service_order_line_type: "overage"; agreement_line_id: string; allowance_usage_id: string }
}

/** A draw on an agreement allowance beyond its balance, with the line it was drawn from. */
export type OverageUsage = {
  id: string
  unit: string
  overage_quantity: number
  balance: { agreement_line: { id: string; description: string; overage_unit_price?: BigNumberInput | null } }
}

const LINE_SUBTITLES: Record<string, string> = { hour: "Labour", item: "Parts", expense: "Expense", fee: "Fee" }

/** Refuses any change to a posted order: what was invoiced must not change under the invoice. */
export function assertNotPosted(order: { number: string; posted_at?: Date | string | null }) {
  if (order.posted_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${order.number} is posted and read-only`)
  }
}

/**
 * The Medusa order lines for a service order: one per billable line with a quantity, at its
 * sales price. Item lines keep their variant when `withVariants`, so stock can be reserved.
 * Prices are sent tax-exclusive, as the service order states them.
 */
export function postingItems(serviceOrderId: string, lines: PostableLine[], { withVariants }: { withVariants: boolean }) {
  return lines
    .filter((l) => l.billable !== false && MathBN.gt(l.quantity, 0))
    .map((l): PostingItem => ({
      title: l.description,
      subtitle: LINE_SUBTITLES[l.type] ?? l.type,
      quantity: MathBN.convert(l.quantity).toNumber(),
      unit_price: MathBN.convert(l.unit_price ?? 0).toNumber(),
      is_tax_inclusive: false,
      ...(withVariants && l.type === "item" && l.product_variant_id ? { variant_id: l.product_variant_id } : {}),
      metadata: { service_order_id: serviceOrderId, service_order_line_id: l.id, service_order_line_type: l.type },
    }))
}

/**
 * The invoice lines for allowance usage beyond the balance: one per drawn line, the overage
 * quantity at the agreement line's overage price. They are invoice lines rather than service
 * order lines because they are what the agreement charges on top of the work, priced by the
 * agreement, and only known once the order is completed. A line without an overage price bills nothing.
 */
export function overageItems(serviceOrderId: string, usages: OverageUsage[]): PostingItem[] {
  return usages
    .filter((u) => u.overage_quantity > 0 && u.balance.agreement_line.overage_unit_price != null)
    .map((u) => ({
      title: `Overage: ${u.balance.agreement_line.description}`,
      subtitle: u.unit === "hour" ? "Hours beyond the agreement allowance" : "Visits beyond the agreement allowance",
      quantity: u.overage_quantity,
      unit_price: MathBN.convert(u.balance.agreement_line.overage_unit_price!).toNumber(),
      is_tax_inclusive: false,
      metadata: {
        service_order_id: serviceOrderId,
        service_order_line_type: "overage",
        agreement_line_id: u.balance.agreement_line.id,
        allowance_usage_id: u.id,
      },
    }))
}

export type RegionChoice = { id: string; currency_code: string; countries?: { iso_2: string }[] | null }

/**
 * The region a service order is invoiced in: one in the order's currency, preferring the one
 * that contains the customer's country; refused when the store has none in that currency.
 */
export function chooseRegion<R extends RegionChoice>(regions: R[], currencyCode: string, countryCode?: string | null): R {
  const inCurrency = regions.filter((r) => r.currency_code.toLowerCase() === currencyCode.toLowerCase())
  if (!inCurrency.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `No region uses the currency ${currencyCode.toUpperCase()}; add one before posting orders in it`
    )
  }
  const country = countryCode?.toLowerCase()
  return (country && inCurrency.find((r) => r.countries?.some((c) => c.iso_2.toLowerCase() === country))) || inCurrency[0]
}

type LocationLevel = { location_id: string; stocked_quantity?: BigNumberInput; reserved_quantity?: BigNumberInput }
// Null-tolerant like the rows query.graph returns for these fields (its generated types).
type Maybe<T> = T | null | undefined
type InventoryLink = { inventory_item_id: string; required_quantity: number; inventory?: Maybe<{ location_levels?: Maybe<Maybe<LocationLevel>[]> }> }
export type InventoryOrderItem = {
  id: string
  quantity: BigNumberInput
  variant?: Maybe<{ manage_inventory?: Maybe<boolean>; allow_backorder?: Maybe<boolean>; inventory_items?: Maybe<Maybe<InventoryLink>[]> }>
}

/**
 * What to reserve for a posted order's stock-managed items (the input of Medusa's
 * `reserveInventoryStep`): per inventory item, the sales channel's locations that stock it, the
 * one with most available first (the step reserves at the first).
 */
export function inventoryReservations(items: Maybe<InventoryOrderItem>[], channelLocationIds: string[]) {
  const channel = new Set(channelLocationIds)
  const present = <T>(value: Maybe<T>): value is T => value != null
  return items.filter(present).flatMap((item) => {
    const variant = item.variant
    if (!variant?.manage_inventory) {
      return []
    }
    return (variant.inventory_items ?? []).filter(present).map((inv) => {
      const levels = (inv.inventory?.location_levels ?? []).filter(present).filter((l) => channel.has(l.location_id))
      const available = (l: LocationLevel) => MathBN.sub(l.stocked_quantity ?? 0, l.reserved_quantity ?? 0).toNumber()
      const locationIds = levels.sort((a, b) => available(b) - available(a)).map((l) => l.location_id)
      if (!locationIds.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Inventory item ${inv.inventory_item_id} is not stocked at any location of the order's sales channel`
        )
      }
      return {
        id: item.id,
        inventory_item_id: inv.inventory_item_id,
        required_quantity: inv.required_quantity,
        allow_backorder: !!variant.allow_backorder,
        quantity: item.quantity,
        location_ids: locationIds,
      }
    })
  })
}
