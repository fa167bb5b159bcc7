import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateServiceObjectsDeletableStepId = "validate-service-objects-deletable"
/** Refuses to delete objects that service orders still refer to: their history would lose its asset. */
export const validateServiceObjectsDeletableStep = createStep(
  validateServiceObjectsDeletableStepId,
  async (ids: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "service_order",
      fields: ["id", "number", "service_object_id"],
      filters: { service_object_id: ids },
      pagination: { take: 5 },
    })
    if (data.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Service object ${data[0].service_object_id} has service orders (${data.map((o) => o.number).join(", ")}) and cannot be deleted`
      )
    }
    return new StepResponse(void 0)
  }
)
