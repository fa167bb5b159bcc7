import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { warrantyEndFromMetadata } from "../../../modules/service-management/utils/warranty"
import { CreateServiceObjectInput } from "../../service-objects/steps/create-service-objects"
import { notFound } from "../../common/utils/load-record"

type Metadata = Record<string, unknown> | null
/** The order fields a request reads: its date, shipping address and the line's product. */
type RequestOrder = {
  id: string
  created_at: Date
  shipping_address: Record<string, unknown> | null
  items?: ({ id: string; variant_id: string | null; title: string; product_title: string | null; metadata: Metadata } | null)[]
}

export type ResolveServiceRequestObjectInput = {
  customer_id: string
  service_object_id?: string
  order_id?: string
  order_line_item_id?: string
  serial_number?: string
}

/** The object a request is for: an existing one (`service_object_id`) or one to create (`create`). */
export type ResolvedServiceRequestObject = {
  service_object_id: string | null
  name: string
  address: Record<string, unknown> | null
  create: CreateServiceObjectInput | null
}

const ADDRESS_FIELDS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]

export const resolveServiceRequestObjectStepId = "resolve-service-request-object"
/**
 * The ownership guard of a storefront request: the object, or the order and its line item, must
 * be the customer's (anything else answers like a missing record). For a line item it reuses the
 * object already registered for it (same serial, or the only one) or describes the one to create:
 * variant, order, serial, the order's shipping address and the warranty end from the catalogue.
 */
export const resolveServiceRequestObjectStep = createStep(
  resolveServiceRequestObjectStepId,
  async (input: ResolveServiceRequestObjectInput, { container }): Promise<StepResponse<ResolvedServiceRequestObject>> => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    if (input.service_object_id) {
      const [object] = await service.listServiceObjects(
        { id: input.service_object_id, customer_id: input.customer_id },
        { select: ["id", "name", "address"] }
      )
      if (!object) {
        throw notFound("Service object", input.service_object_id)
      }
      return new StepResponse({ service_object_id: object.id, name: object.name, address: object.address ?? null, create: null })
    }

    const orderId = input.order_id!
    const itemId = input.order_line_item_id!
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "created_at", "shipping_address.*", "items.id", "items.variant_id", "items.title", "items.product_title", "items.metadata"],
      filters: { id: orderId, customer_id: input.customer_id },
    })
    const order = orders[0] as RequestOrder | undefined
    if (!order) {
      throw notFound("Order", orderId)
    }
    const item = (order.items ?? []).find((i) => i?.id === itemId)
    if (!item) {
      throw notFound("Line item", itemId)
    }

    const existing = await service.listServiceObjects(
      { customer_id: input.customer_id, order_line_item_id: itemId },
      { select: ["id", "name", "address", "serial_number"] }
    )
    const reuse = input.serial_number
      ? existing.find((o) => o.serial_number === input.serial_number)
      : existing.length === 1
        ? existing[0]
        : undefined
    if (reuse) {
      return new StepResponse({ service_object_id: reuse.id, name: reuse.name, address: reuse.address ?? null, create: null })
    }

    if (input.serial_number && item.variant_id) {
      // The serial identifies one unit of the variant: refuse here rather than as a unique violation.
      const [taken] = await service.listServiceObjects(
        { product_variant_id: item.variant_id, serial_number: input.serial_number },
        { select: ["id"] }
      )
      if (taken) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Serial number ${input.serial_number} is already registered; choose the registered object instead`
        )
      }
    }

    const { data: variants } = item.variant_id
      ? await query.graph({ entity: "product_variant", fields: ["id", "metadata", "product.metadata"], filters: { id: item.variant_id } })
      : { data: [] }
    const variant = variants[0] as { metadata: Metadata; product?: { metadata: Metadata } | null } | undefined
    const shipping = order.shipping_address
    const address = shipping
      ? Object.fromEntries(ADDRESS_FIELDS.filter((f) => shipping[f] != null).map((f) => [f, shipping[f]]))
      : null
    const name = item.product_title ?? item.title
    return new StepResponse({
      service_object_id: null,
      name,
      address,
      create: {
        name,
        customer_id: input.customer_id,
        product_variant_id: item.variant_id ?? null,
        order_id: order.id,
        order_line_item_id: item.id,
        serial_number: input.serial_number ?? null,
        warranty_end: warrantyEndFromMetadata(order.created_at, {
          line_item: item.metadata,
          variant: variant?.metadata,
          product: variant?.product?.metadata,
        }),
        address,
      },
    })
  }
)
