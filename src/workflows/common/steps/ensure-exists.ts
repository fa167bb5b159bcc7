import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "../utils/load-record"

export type ExistsCheck = {
  /** Query entity, e.g. "service_task". */
  entity: string
  /** For the message: "Service task". */
  label: string
}

export type EnsureExistsInput = ExistsCheck & { id: string | string[] }

export const ensureExistsStepId = "ensure-exists"
/**
 * Answers 404 before anything is checked or written: NOT_FOUND with the message the routes give
 * (`Service task with id: x was not found`) for the first id with no row. Reads only.
 */
export const ensureExistsStep = createStep(ensureExistsStepId, async (input: EnsureExistsInput, { container }) => {
  const ids = Array.isArray(input.id) ? input.id : [input.id]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: input.entity, fields: ["id"], filters: { id: ids } })
  const found = new Set(data.map((row: { id: string }) => row.id))
  const missing = ids.find((id) => !found.has(id))
  if (missing) {
    throw notFound(input.label, missing)
  }
  return new StepResponse(undefined)
})
