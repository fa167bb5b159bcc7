import { lockRecord } from "../../common/steps/lock-record"

/**
 * Takes the service return's lock for a status move, so two moves of one return (say two staff
 * receiving it at once) run one after the other: the second then sees the new status and is
 * refused before it touches Medusa's return or payments. Returns the key to release.
 */
export function lockServiceReturn(input: { id: string }) {
  // Receipt runs Medusa's receive and refund workflows: allow it time.
  return lockRecord(input, "service_return", (i) => i.id, { timeout: 30, ttl: 120 })
}
