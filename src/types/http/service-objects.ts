// Service objects (/admin/service-objects): the customer's installed things that service orders are for.
import type { CustomerRef } from "./common"

export type ServiceObjectOrderRef = {
  id: string
  number: string
  title?: string | null
  created_at: string
  stage?: { code: string; name: string; color?: string | null } | null
}

export type ServiceObject = {
  id: string
  name: string
  customer_id: string
  product_variant_id?: string | null
  order_id?: string | null
  order_line_item_id?: string | null
  /** The unit of its line item, 0-based, for objects registered at fulfilment (with `fields=+unit_index`). */
  unit_index?: number | null
  serial_number?: string | null
  warranty_end?: string | null
  installed_at?: string | null
  address?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  created_at: string
  updated_at?: string
  customer?: CustomerRef | null
  product_variant?: {
    id: string
    title?: string | null
    sku?: string | null
    product?: { id: string; title?: string | null } | null
  } | null
  service_orders?: ServiceObjectOrderRef[]
}

export type ServiceObjectInput = {
  name?: string
  customer_id?: string
  product_variant_id?: string | null
  order_id?: string | null
  order_line_item_id?: string | null
  serial_number?: string | null
  warranty_end?: string | null
  installed_at?: string | null
}
