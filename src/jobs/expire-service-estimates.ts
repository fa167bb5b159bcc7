import { MedusaContainer } from "@medusajs/framework/types"
import { defineFileConfig } from "@medusajs/framework/utils"
import { resolveOptionsFromMedusaConfig } from "../modules/service-management/options"
import { expireServiceEstimates } from "../workflows/estimates/expire-service-estimates"
import { runExclusively } from "./_run-exclusively"

const options = resolveOptionsFromMedusaConfig().jobs.estimateExpiry

/**
 * Marks sent estimates nobody answered before their validity ended as expired and resumes the
 * SLA clock each paused at its expiry. Schedule: plugin option `jobs.estimateExpiry.schedule`
 * (every 15 minutes by default). One instance at a time runs it (Medusa's locking module); the
 * compare-and-set on the status makes a second run harmless anyway.
 */
export default async function expireServiceEstimatesJob(container: MedusaContainer) {
  await runExclusively(container, "service_management:job:expire_service_estimates", async (logger) => {
    const expired = await expireServiceEstimates(container)
    if (expired.length) {
      logger.info(`[service-management] ${expired.length} estimate(s) expired unanswered`)
    }
  })
}

export const config = {
  name: "service-management-expire-service-estimates",
  schedule: options.schedule,
}

// `enabled: false` in the job's options keeps Medusa from loading the job at all.
defineFileConfig({ isDisabled: () => !options.enabled })
