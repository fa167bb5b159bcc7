import { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "crypto"

/**
 * Runs `work` unless another instance holds the job's lock (Medusa's locking module; with
 * locking-redis this spans servers and workers). A second instance skips instead of waiting:
 * the next run catches up. The lock expires after `ttlSeconds` should an instance die.
 */
export async function runExclusively(
  container: MedusaContainer,
  key: string,
  work: (logger: Logger) => Promise<void>,
  ttlSeconds = 15 * 60
): Promise<boolean> {
  const locking = container.resolve(Modules.LOCKING)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ownerId = randomUUID()
  try {
    await locking.acquire(key, { ownerId, expire: ttlSeconds })
  } catch {
    logger.info(`[service-management] ${key} is running elsewhere; skipped`)
    return false
  }
  try {
    await work(logger)
    return true
  } finally {
    await locking.release(key, { ownerId })
  }
}
