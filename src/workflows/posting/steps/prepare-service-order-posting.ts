import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { assertStageAllows } from "../../../modules/service-management/utils/stage-rules"
import { chooseRegion, postingItems, PostingItem } from "../../../modules/service-management/utils/posting"

export type ServiceOrderPosting = {
  service_order: { id: string; number: string; customer_id: string; currency_code: string }
  /** Null when the `posting.createOrders` option is off: the order is only marked posted. */
  order_input: {
    customer_id: string
    email: string
    region_id: string
    sales_channel_id: string | undefined
    currency_code: string
    status: "pending"
    items: PostingItem[]
    shipping_address?: Record<string, unknown>
    billing_address?: Record<string, unknown>
    metadata: Record<string, unknown>
  } | null
  reserve_inventory: boolean
}

const ADDRESS_FIELDS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]

export const prepareServiceOrderPostingStepId = "prepare-service-order-posting"
/**
 * Checks that a service order may be posted (its stage allows posting, it is not posted, it has
 * billable lines) and builds the Medusa order for it: the customer, a region in the order's
 * currency (the customer's country preferred), the store's default sales channel, one item per
 * billable line. Every refusal is a 400 that names the reason; nothing is written here.
 */
export const prepareServiceOrderPostingStep = createStep(
  prepareServiceOrderPostingStepId,
  async (input: { service_order_id: string }, { container }): Promise<StepResponse<ServiceOrderPosting>> => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [order] = await service.listServiceOrders(
      { id: input.service_order_id },
      { relations: ["stage", "lines"], select: ["id", "number", "customer_id", "currency_code", "posted_at", "stage.*", "lines.*"] }
    )
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service order with id: ${input.service_order_id} was not found`)
    }
    if (order.posted_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${order.number} is already posted`)
    }
    assertStageAllows(order.stage, "post")
    const options = service.getOptions().posting
    const items = postingItems(order.id, order.lines as any, { withVariants: options.reserveInventory })
    if (!items.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service order ${order.number} has no billable lines to post`)
    }
    const header = { id: order.id, number: order.number, customer_id: order.customer_id, currency_code: order.currency_code }
    if (!options.createOrders) {
      return new StepResponse({ service_order: header, order_input: null, reserve_inventory: false })
    }

    const [{ data: customers }, regions, stores] = await Promise.all([
      query.graph({
        entity: "customer",
        fields: ["id", "email", "first_name", "last_name", "company_name", "phone", "addresses.*"],
        filters: { id: order.customer_id },
      }),
      container.resolve(Modules.REGION).listRegions({}, { relations: ["countries"], select: ["id", "currency_code", "countries.iso_2"] }),
      container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] }),
    ])
    const customer = customers[0]
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The customer of service order ${order.number} no longer exists`)
    }
    if (!customer.email) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The customer of service order ${order.number} has no email address`)
    }
    const addresses = (customer.addresses ?? []) as Record<string, any>[]
    const shipping = addresses.find((a) => a.is_default_shipping) ?? addresses[0]
    const billing = addresses.find((a) => a.is_default_billing) ?? shipping
    const region = chooseRegion(regions as any, order.currency_code, shipping?.country_code)
    const pick = (a?: Record<string, any>) =>
      a ? Object.fromEntries(ADDRESS_FIELDS.filter((f) => a[f] != null).map((f) => [f, a[f]])) : undefined
    return new StepResponse({
      service_order: header,
      order_input: {
        customer_id: customer.id,
        email: customer.email,
        region_id: region.id,
        sales_channel_id: stores[0]?.default_sales_channel_id ?? undefined,
        currency_code: order.currency_code,
        status: "pending",
        items,
        shipping_address: pick(shipping),
        billing_address: pick(billing),
        metadata: { service_order_id: order.id, service_order_number: order.number },
      },
      reserve_inventory: options.reserveInventory,
    })
  }
)
