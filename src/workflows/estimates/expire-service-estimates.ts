import { MedusaContainer } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { ExpiredEstimate } from "../../modules/service-management/repositories"
import { lockRecord } from "../common/steps/lock-record"
import { runInBatches } from "../common/utils/run-in-batches"
import { resumeSlaClocksStep } from "../slas/steps/resume-sla-clocks"
import { ESTIMATE_SLA_REASON } from "./draft-service-estimate"
import { expireServiceEstimatesStep, listExpiringServiceEstimatesStep } from "./steps/expire-service-estimates"

export type ExpireServiceEstimatesWorkflowInput = { now?: Date | string; limit?: number }

export const expireServiceEstimatesWorkflowId = "expire-service-estimates"
/**
 * Marks a batch of sent estimates nobody answered before `valid_until` as expired, and resumes
 * the SLA clock each one paused at the instant it expired, so the business minutes excluded for
 * it end there. Under the orders' locks (as answering and drafting take them), with a
 * compare-and-set on the status, so runs in several processes expire each estimate once. Emits no
 * event (the design's event list has none for an expiry); hook: `serviceEstimatesExpired`.
 */
export const expireServiceEstimatesWorkflow = createWorkflow(
  expireServiceEstimatesWorkflowId,
  (input: ExpireServiceEstimatesWorkflowInput) => {
    const args = transform({ input }, ({ input }) => ({
      now: input.now ? new Date(input.now) : new Date(),
      limit: input.limit ?? 200,
    }))
    const due = listExpiringServiceEstimatesStep(args)
    const marked = when("estimates-expiring", { due }, ({ due }) => due.length > 0).then(() => {
      const lockKey = lockRecord(due, "service_order", (rows) => rows.map((r) => r.service_order_id))
      const expired = expireServiceEstimatesStep(transform({ due, args }, ({ due, args }) => ({ ids: due.map((d) => d.id), now: args.now })))
      resumeSlaClocksStep(
        transform({ expired }, ({ expired }) => ({
          resumes: expired.map((e) => ({ service_order_id: e.service_order_id, at: e.valid_until })),
          reason_code: ESTIMATE_SLA_REASON,
          actor: { type: "system" as const },
        }))
      )
      releaseLockStep({ key: lockKey })
      return expired
    })
    const result = transform({ marked, due }, ({ marked, due }) => ({ expired: marked ?? [], listed: due.length }))
    const serviceEstimatesExpired = createHook("serviceEstimatesExpired", { estimates: result.expired })
    return new WorkflowResponse(result, { hooks: [serviceEstimatesExpired] })
  }
)

/**
 * The expiry the scheduled job runs: batches of `batchSize` until fewer are due. Returns the
 * estimates it expired.
 */
export async function expireServiceEstimates(
  container: MedusaContainer,
  { now = new Date(), batchSize = 200 }: { now?: Date; batchSize?: number } = {}
): Promise<ExpiredEstimate[]> {
  return runInBatches(batchSize, async () => {
    const { result } = await expireServiceEstimatesWorkflow(container).run({ input: { now, limit: batchSize } })
    return { done: result.expired, found: result.listed }
  })
}
