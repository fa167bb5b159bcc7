import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, defineFileConfig, MedusaError } from "@medusajs/framework/utils"
import { resolveOptionsFromMedusaConfig } from "../modules/service-management/options"
import { runSubscriptionBillingWorkflow } from "../workflows/subscription-billing/run-subscription-billing"

const options = resolveOptionsFromMedusaConfig().jobs.subscriptionBilling

/**
 * Bills the subscription fees due up to now: creates the fee transactions, invoices them (one
 * Medusa order per customer and currency) and records the run. Schedule: plugin option
 * `jobs.subscriptionBilling.schedule` (daily at 03:00 by default). The run takes its own lock, so
 * a run already going (another instance, or one started in the admin) makes this one skip.
 */
export default async function runSubscriptionBillingJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await runSubscriptionBillingWorkflow(container).run({ input: { as_of: new Date(), triggered_by: "job" } })
    logger.info(
      `[service-management] subscription billing ${result.id}: ${result.transactions_created} fee(s) created, ${result.transactions_invoiced} invoiced in ${result.orders_created} order(s), ${((result.errors as unknown as unknown[] | null) ?? []).length} customer(s) failed`
    )
  } catch (e) {
    if ((e as MedusaError)?.type === MedusaError.Types.NOT_ALLOWED) {
      logger.info(`[service-management] subscription billing skipped: ${e.message}`)
      return
    }
    throw e
  }
}

export const config = {
  name: "service-management-run-subscription-billing",
  schedule: options.schedule,
}

// `enabled: false` in the job's options keeps Medusa from loading the job at all.
defineFileConfig({ isDisabled: () => !options.enabled })
