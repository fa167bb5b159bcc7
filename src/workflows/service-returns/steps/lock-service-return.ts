import { transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep } from "@medusajs/medusa/core-flows"

/**
 * Takes the service return's lock for a status move, so two moves of one return (say two staff
 * receiving it at once) run one after the other: the second then sees the new status and is
 * refused before it touches Medusa's return or payments. Returns the key to release.
 */
export function lockServiceReturn(input: { id: string }) {
  const key = transform({ input }, ({ input }) => `service_return:${input.id}`)
  // Receipt runs Medusa's receive and refund workflows: allow it time.
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  return key
}
