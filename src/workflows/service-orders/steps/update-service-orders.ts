import { ServiceOrderDTO } from "../../../modules/service-management"
import { defineUpdateStep } from "../../common/steps/entity-steps"

export type UpdateServiceOrderRow = { id: string } & Partial<
  Pick<
    ServiceOrderDTO,
    "title" | "description" | "internal_note" | "priority" | "address" | "preferred_start" | "preferred_end" | "metadata"
  >
>

export const updateServiceOrdersStepId = "update-service-orders"
/** Updates service order header fields; compensation restores them. */
export const updateServiceOrdersStep = defineUpdateStep<UpdateServiceOrderRow, ServiceOrderDTO>(
  updateServiceOrdersStepId,
  "ServiceOrders"
)
