import { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrieveEntity } from "../../utils/respond"

export const refetchServiceStage = (req: MedusaRequest, id: string) =>
  retrieveEntity(req, "service_stage", { id }, "Service stage")

/** 404 unless the reason belongs to the stage in the path. */
export async function assertReasonOfStage(req: MedusaRequest, stageId: string, reasonId: string) {
  const stage = await retrieveEntity(req, "service_stage", { id: stageId }, "Service stage", ["id", "reasons.id"])
  if (!stage.reasons?.some((r: { id: string } | null) => r?.id === reasonId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stage reason with id: ${reasonId} was not found`)
  }
}
