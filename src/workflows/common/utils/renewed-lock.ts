import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * How long a held lock outlives its holder. Short, because the holder renews it: a process
 * killed mid-run (SIGKILL, OOM) leaves the lock to expire within this, and the next run proceeds.
 */
export const RENEWED_LOCK_TTL_SECONDS = 30

const renewals = new Map<string, NodeJS.Timeout>()
const renewalKey = (key: string, ownerId: string) => `${key}\u0000${ownerId}`

/**
 * Takes `key` for `ownerId` through Medusa's locking module (throws when another owner holds it)
 * and renews it every third of `ttlSeconds` from this process until `releaseRenewedLock`.
 */
export async function acquireRenewedLock(container: MedusaContainer, key: string, ownerId: string, ttlSeconds = RENEWED_LOCK_TTL_SECONDS) {
  const locking = container.resolve(Modules.LOCKING)
  await locking.acquire(key, { ownerId, expire: ttlSeconds })
  const timer = setInterval(() => {
    // The same owner acquiring again extends the expiry. A failure (lost to another owner after a
    // stall longer than the ttl) is left to the work's own idempotency.
    locking.acquire(key, { ownerId, expire: ttlSeconds }).catch(() => {})
  }, (ttlSeconds * 1000) / 3)
  timer.unref()
  renewals.set(renewalKey(key, ownerId), timer)
}

/** Stops renewing and releases `key` held by `ownerId`. */
export async function releaseRenewedLock(container: MedusaContainer, key: string, ownerId: string) {
  clearInterval(renewals.get(renewalKey(key, ownerId)))
  renewals.delete(renewalKey(key, ownerId))
  await container.resolve(Modules.LOCKING).release(key, { ownerId })
}
