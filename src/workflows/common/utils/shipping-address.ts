const ADDRESS_FIELDS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]

/** The address a service object keeps from its order: the shipping address's own fields (no ids or metadata). */
export function shippingAddressOf(order: { shipping_address?: Record<string, unknown> | null }): Record<string, unknown> | null {
  const shipping = order.shipping_address
  return shipping ? Object.fromEntries(ADDRESS_FIELDS.filter((f) => shipping[f] != null).map((f) => [f, shipping[f]])) : null
}
