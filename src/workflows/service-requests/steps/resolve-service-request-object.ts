import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { lineMoments, OrderWithFulfillments, warrantyFields } from "../../../modules/service-management/utils/warranty"
import { ORDER_WARRANTY_FIELDS, warrantyTermsForVariants } from "../../warranty-terms/steps/warranty-lookup"
import { CreateServiceObjectInput } from "../../service-objects/steps/create-service-objects"
import { shippingAddressOf } from "../../common/utils/shipping-address"
import { notFound } from "../../common/utils/load-record"

/** The order fields a request reads: its shipping address, the line's product and the warranty moments. */
type RequestOrder = OrderWithFulfillments & {
  id: string
  shipping_address: Record<string, unknown> | null
  items?: ({ id: string; variant_id: string | null; title: string; product_title: string | null } | null)[]
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

export const resolveServiceRequestObjectStepId = "resolve-service-request-object"
/**
 * The ownership guard of a storefront request: the object, or the order and its line item, must
 * be the customer's (anything else answers like a missing record). For a line item it reuses the
 * object already registered for it (same serial, or the only one) or describes the one to create:
 * variant, order, serial, the order's shipping address and the warranty from the product's terms.
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
      fields: ["id", ...ORDER_WARRANTY_FIELDS, "shipping_address.*", "items.id", "items.variant_id", "items.title", "items.product_title"],
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

    const terms = await warrantyTermsForVariants(container, [item.variant_id])
    const address = shippingAddressOf(order)
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
        ...warrantyFields(terms.get(item.variant_id ?? "") ?? null, lineMoments(order, item.id)),
        address,
      },
    })
  }
)
