import { MedusaContainer } from "@medusajs/framework/types"
import { defineFileConfig } from "@medusajs/framework/utils"
import { SERVICE_MANAGEMENT_MODULE } from "../modules/service-management"
import { resolveOptionsFromMedusaConfig } from "../modules/service-management/options"
import ServiceManagementModuleService from "../modules/service-management/service"
import { expireEndedAgreements } from "../workflows/service-agreements/change-service-agreement-status"
import { generateAgreementOrders } from "../workflows/service-agreements/generate-agreement-orders"
import { runExclusively } from "./_run-exclusively"

const options = resolveOptionsFromMedusaConfig().jobs.agreementGeneration

/**
 * Generates service orders from every active agreement for occurrences due up to today (plus
 * the `agreementGenerationHorizonDays` option), catching up any missed day, then expires
 * agreements whose validity ended. Schedule: plugin option `jobs.agreementGeneration.schedule`
 * (daily at 02:00 by default). Idempotent, and one instance at a time.
 */
export default async function generateAgreementOrdersJob(container: MedusaContainer) {
  await runExclusively(container, "service_management:job:generate_agreement_orders", async (logger) => {
    const horizon = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE).getOptions()
      .agreementGenerationHorizonDays
    const until = new Date(Date.now() + horizon * 24 * 60 * 60 * 1000)
    const summary = await generateAgreementOrders(container, { until, actor: { type: "system" } })
    const expired = await expireEndedAgreements(container)
    logger.info(
      `[service-management] agreements: ${summary.count} service order(s) generated from ${summary.agreements_processed} agreement(s), ${summary.failures.length} failed, ${expired.length} expired`
    )
  })
}

export const config = {
  name: "service-management-generate-agreement-orders",
  schedule: options.schedule,
}

// `enabled: false` in the job's options keeps Medusa from loading the job at all.
defineFileConfig({ isDisabled: () => !options.enabled })
