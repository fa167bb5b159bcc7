import { defineSoftDeleteStep } from "../../common/steps/entity-steps"

export const deleteServiceObjectsStepId = "delete-service-objects"
/** Soft-deletes service objects; compensation restores them. */
export const deleteServiceObjectsStep = defineSoftDeleteStep(deleteServiceObjectsStepId, "ServiceObjects")
