import { MedusaContainer } from "@medusajs/framework/types"
import { defineFileConfig } from "@medusajs/framework/utils"
import { resolveOptionsFromMedusaConfig } from "../modules/service-management/options"
import { checkSlaBreaches } from "../workflows/slas/check-sla-breaches"
import { runExclusively } from "./_run-exclusively"

const options = resolveOptionsFromMedusaConfig().jobs.slaBreachCheck

/**
 * Emits `service_order.sla_breached` for response and resolution due times that passed unmet,
 * once per order and metric. Schedule: plugin option `jobs.slaBreachCheck.schedule`
 * (every 5 minutes by default). One instance at a time runs it (Medusa's locking module); the
 * conditional update makes a second run harmless anyway.
 */
export default async function checkSlaBreachesJob(container: MedusaContainer) {
  await runExclusively(container, "service_management:job:check_sla_breaches", async (logger) => {
    const breaches = await checkSlaBreaches(container)
    if (breaches.length) {
      logger.info(`[service-management] ${breaches.length} SLA breach(es) reported`)
    }
  })
}

export const config = {
  name: "service-management-check-sla-breaches",
  schedule: options.schedule,
}

// `enabled: false` in the job's options keeps Medusa from loading the job at all.
defineFileConfig({ isDisabled: () => !options.enabled })
