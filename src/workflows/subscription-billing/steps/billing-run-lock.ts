import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "crypto"
import { acquireRenewedLock, releaseRenewedLock } from "../../common/utils/renewed-lock"

export const BILLING_RUN_LOCK_KEY = "service-subscription-billing-run"

export const acquireBillingRunLockStepId = "acquire-billing-run-lock"
/**
 * One billing run at a time (Medusa's locking module; with a shared provider such as Redis,
 * across processes). A second run started meanwhile is refused with a 400 instead of waiting.
 * The lock is renewed while the run goes on and expires soon after a crashed process stopped
 * renewing it. Compensation releases the lock.
 */
export const acquireBillingRunLockStep = createStep(
  acquireBillingRunLockStepId,
  async (_: void, { container }) => {
    const ownerId = randomUUID()
    try {
      await acquireRenewedLock(container, BILLING_RUN_LOCK_KEY, ownerId)
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
      await releaseRenewedLock(container, BILLING_RUN_LOCK_KEY, ownerId)
    }
  }
)

export const releaseBillingRunLockStepId = "release-billing-run-lock"
/** Releases the billing run lock at the end of a run. */
export const releaseBillingRunLockStep = createStep(releaseBillingRunLockStepId, async (ownerId: string, { container }) => {
  await releaseRenewedLock(container, BILLING_RUN_LOCK_KEY, ownerId)
  return new StepResponse(true)
})
