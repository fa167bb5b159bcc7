// Kept while the other admin features still import from here: the shapes live in src/types.
export type {
  Amount,
  CustomerRef,
  ListResponse,
  ServiceObject,
  ServiceOrder,
  ServiceOrderLine,
  ServiceStage,
  ServiceTask,
  StageFlag,
  StageReason,
  ServiceOrderLineInput as LineInput,
  ServiceOrderLineType as LineType,
  ServiceOrderPriority as Priority,
} from "../../types"
export { STAGE_FLAGS } from "../../types"
