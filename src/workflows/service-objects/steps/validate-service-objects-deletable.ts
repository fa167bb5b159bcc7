import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateServiceObjectsDeletableStepId = "validate-service-objects-deletable"
/**
 * Refuses to delete objects that service orders or repairs still refer to: their history would
 * lose its asset. A repair may name an object other than its order's, so both are checked.
 */
export const validateServiceObjectsDeletableStep = createStep(
  validateServiceObjectsDeletableStepId,
  async (ids: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: orders }, { data: repairs }] = await Promise.all([
      query.graph({
        entity: "service_order",
        fields: ["id", "number", "service_object_id"],
        filters: { service_object_id: ids },
        pagination: { take: 5 },
      }),
      query.graph({
        entity: "service_repair_line",
        fields: ["id", "service_object_id", "service_order.number"],
        filters: { service_object_id: ids },
        pagination: { take: 5 },
      }),
    ])
    if (orders.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Service object ${orders[0].service_object_id} has service orders (${orders.map((o) => o.number).join(", ")}) and cannot be deleted`
      )
    }
    if (repairs.length) {
      const numbers = [...new Set(repairs.map((r) => r.service_order?.number).filter(Boolean))]
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Service object ${repairs[0].service_object_id} has repairs on service orders (${numbers.join(", ")}) and cannot be deleted`
      )
    }
    return new StepResponse(void 0)
  }
)
