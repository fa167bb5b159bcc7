import { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { randomUUID } from "crypto"
import { acquireRenewedLock, releaseRenewedLock } from "../workflows/common/utils/renewed-lock"

/**
 * Runs `work` unless another instance holds the job's lock (Medusa's locking module; with
 * locking-redis this spans servers and workers). A second instance skips instead of waiting:
 * the next run catches up. The lock is renewed while the work runs and expires soon after an
 * instance died (killed mid-run), so the next run is not kept waiting.
 */
export async function runExclusively(
  container: MedusaContainer,
  key: string,
  work: (logger: Logger) => Promise<void>
): Promise<boolean> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ownerId = randomUUID()
  try {
    await acquireRenewedLock(container, key, ownerId)
  } catch {
    logger.info(`[service-management] ${key} is running elsewhere; skipped`)
    return false
  }
  try {
    await work(logger)
    return true
  } finally {
    await releaseRenewedLock(container, key, ownerId)
  }
}
