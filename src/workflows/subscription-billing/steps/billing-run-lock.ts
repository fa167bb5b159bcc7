import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "crypto"

export const BILLING_RUN_LOCK_KEY = "service-subscription-billing-run"
// Longer than any run: a crashed process's lock expires on its own.
const LOCK_TTL_SECONDS = 60 * 60

export const acquireBillingRunLockStepId = "acquire-billing-run-lock"
/**
 * One billing run at a time (Medusa's locking module; with a shared provider such as Redis,
 * across processes). A second run started meanwhile is refused with a 400 instead of waiting.
 * Compensation releases the lock.
 */
export const acquireBillingRunLockStep = createStep(
  acquireBillingRunLockStepId,
  async (_: void, { container }) => {
    const ownerId = randomUUID()
    try {
      await container.resolve(Modules.LOCKING).acquire(BILLING_RUN_LOCK_KEY, { ownerId, expire: LOCK_TTL_SECONDS })
    } catch {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "A subscription billing run is already in progress; start another when it has finished"
      )
    }
    return new StepResponse(ownerId, ownerId)
  },
  async (ownerId, { container }) => {
    if (ownerId) {
      await container.resolve(Modules.LOCKING).release(BILLING_RUN_LOCK_KEY, { ownerId })
    }
  }
)

export const releaseBillingRunLockStepId = "release-billing-run-lock"
/** Releases the billing run lock at the end of a run. */
export const releaseBillingRunLockStep = createStep(releaseBillingRunLockStepId, async (ownerId: string, { container }) => {
  await container.resolve(Modules.LOCKING).release(BILLING_RUN_LOCK_KEY, { ownerId })
  return new StepResponse(true)
})
