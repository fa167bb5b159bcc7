import { ServiceObjectDTO } from "../../../modules/service-management"
import { defineUpdateStep } from "../../common/steps/entity-steps"
import { CreateServiceObjectInput } from "./create-service-objects"

export type UpdateServiceObjectInput = { id: string } & Partial<CreateServiceObjectInput>

export const updateServiceObjectsStepId = "update-service-objects"
/** Updates service objects; compensation restores the changed fields. */
export const updateServiceObjectsStep = defineUpdateStep<UpdateServiceObjectInput, ServiceObjectDTO>(
  updateServiceObjectsStepId,
  "ServiceObjects"
)
