import { ServiceOrderLineDTO } from "../../../modules/service-management"
import { defineUpdateStep } from "../../common/steps/entity-steps"
import { ServiceOrderLineInput } from "./create-service-order-lines"

export type UpdateServiceOrderLineRow = { id: string } & Partial<ServiceOrderLineInput>

export const updateServiceOrderLinesStepId = "update-service-order-lines"
/** Updates service order lines; compensation restores the changed fields. */
export const updateServiceOrderLinesStep = defineUpdateStep<UpdateServiceOrderLineRow, ServiceOrderLineDTO>(
  updateServiceOrderLinesStepId,
  "ServiceOrderLines"
)
