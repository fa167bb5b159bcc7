import { InferTypeOf } from "@medusajs/framework/types"
import {
  ServiceObject,
  ServiceOrder,
  ServiceOrderLine,
  ServiceStage,
  ServiceTask,
  StageReason,
  StageTransition,
} from "./models"

export type ServiceObjectDTO = InferTypeOf<typeof ServiceObject>
export type ServiceOrderDTO = InferTypeOf<typeof ServiceOrder>
export type ServiceOrderLineDTO = InferTypeOf<typeof ServiceOrderLine>
export type ServiceStageDTO = InferTypeOf<typeof ServiceStage>
export type StageReasonDTO = InferTypeOf<typeof StageReason>
export type ServiceTaskDTO = InferTypeOf<typeof ServiceTask>
export type StageTransitionDTO = InferTypeOf<typeof StageTransition>
