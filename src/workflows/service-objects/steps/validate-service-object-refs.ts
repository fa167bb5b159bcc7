import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CreateServiceObjectInput } from "./create-service-objects"

type ObjectRefs = Partial<CreateServiceObjectInput>

const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))]

export const validateServiceObjectRefsStepId = "validate-service-object-refs"
/**
 * Checks that the customers, variants and orders a service object names exist, and that an
 * order line really was bought by that customer. Fills the variant and name from the line
 * when they are not given. Returns the objects as they should be written.
 */
export const validateServiceObjectRefsStep = createStep(
  validateServiceObjectRefsStepId,
  async (objects: ObjectRefs[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const customerIds = unique(objects.map((o) => o.customer_id))
    if (customerIds.length) {
      const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customerIds } })
      const missing = customerIds.filter((id) => !data.some((c) => c.id === id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${missing.join(", ")} was not found`)
      }
    }

    const variantIds = unique(objects.map((o) => o.product_variant_id))
    if (variantIds.length) {
      const { data } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { id: variantIds } })
      const missing = variantIds.filter((id) => !data.some((v) => v.id === id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product variant ${missing.join(", ")} was not found`)
      }
    }

    const orderIds = unique(objects.map((o) => o.order_id))
    const { data: orders } = orderIds.length
      ? await query.graph({
          entity: "order",
          fields: ["id", "customer_id", "items.id", "items.variant_id", "items.title", "items.product_title"],
          filters: { id: orderIds },
        })
      : { data: [] as any[] }

    const resolved = objects.map((o) => {
      if (o.order_line_item_id && !o.order_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "order_id is required with order_line_item_id")
      }
      if (!o.order_id) {
        return o
      }
      const order = orders.find((x) => x.id === o.order_id)
      if (!order) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${o.order_id} was not found`)
      }
      if (o.customer_id && order.customer_id !== o.customer_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Order ${o.order_id} was not placed by customer ${o.customer_id}`
        )
      }
      if (!o.order_line_item_id) {
        return o
      }
      const item = (order.items ?? []).find((i: any) => i?.id === o.order_line_item_id)
      if (!item) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Line item ${o.order_line_item_id} is not part of order ${o.order_id}`
        )
      }
      return {
        ...o,
        product_variant_id: o.product_variant_id ?? item.variant_id ?? null,
        name: o.name ?? item.product_title ?? item.title,
      }
    })
    return new StepResponse(resolved)
  }
)
