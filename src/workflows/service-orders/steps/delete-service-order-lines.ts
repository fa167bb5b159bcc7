import { defineSoftDeleteStep } from "../../common/steps/entity-steps"

export const deleteServiceOrderLinesStepId = "delete-service-order-lines"
/** Soft-deletes service order lines; compensation restores them. */
export const deleteServiceOrderLinesStep = defineSoftDeleteStep(deleteServiceOrderLinesStepId, "ServiceOrderLines")
