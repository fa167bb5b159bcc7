import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { chooseRegion, RegionChoice } from "../../../modules/service-management/utils/posting"

const ADDRESS_FIELDS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]

export type OrderParty = {
  customer_id: string
  email: string
  region_id: string
  sales_channel_id: string | undefined
  currency_code: string
  shipping_address?: Record<string, unknown>
  billing_address?: Record<string, unknown>
}

/** What every order party of a store shares: its regions (with their countries) and its default sales channel. */
export type OrderPlaces = {
  regions: RegionChoice[]
  sales_channel_id: string | undefined
}

/** The store's regions and default sales channel, read once for any number of orders (a billing run's invoices). */
export async function loadOrderPlaces(container: MedusaContainer): Promise<OrderPlaces> {
  const [regions, stores] = await Promise.all([
    container.resolve(Modules.REGION).listRegions({}, { relations: ["countries"], select: ["id", "currency_code", "countries.iso_2"] }),
    container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] }),
  ])
  return {
    regions: regions.map((r) => ({ id: r.id, currency_code: r.currency_code, countries: r.countries?.map((c) => ({ iso_2: c.iso_2 })) })),
    sales_channel_id: stores[0]?.default_sales_channel_id ?? undefined,
  }
}

/**
 * Who a Medusa order the plugin creates is for, and where: the customer with their default
 * addresses, a region in the currency (the customer's country preferred) and the store's default
 * sales channel. `what` names the document in refusals ("service order SO-000001"). `places`,
 * when the caller read them once for many orders, saves reading them again.
 */
export async function resolveOrderParty(
  container: MedusaContainer,
  input: { customer_id: string; currency_code: string; what: string },
  places?: OrderPlaces
): Promise<OrderParty> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, { regions, sales_channel_id }] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id", "email", "addresses.*"], filters: { id: input.customer_id } }),
    places ?? loadOrderPlaces(container),
  ])
  const customer = customers[0]
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The customer of ${input.what} no longer exists`)
  }
  if (!customer.email) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The customer of ${input.what} has no email address`)
  }
  const addresses = (customer.addresses ?? []) as (Record<string, unknown> & { country_code?: string | null })[]
  const shipping = addresses.find((a) => a.is_default_shipping) ?? addresses[0]
  const billing = addresses.find((a) => a.is_default_billing) ?? shipping
  const region = chooseRegion(regions, input.currency_code, shipping?.country_code)
  const pick = (a?: Record<string, unknown>) =>
    a ? Object.fromEntries(ADDRESS_FIELDS.filter((f) => a[f] != null).map((f) => [f, a[f]])) : undefined
  return {
    customer_id: customer.id,
    email: customer.email,
    region_id: region.id,
    sales_channel_id,
    currency_code: input.currency_code,
    shipping_address: pick(shipping),
    billing_address: pick(billing),
  }
}
