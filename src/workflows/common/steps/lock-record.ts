import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep } from "@medusajs/medusa/core-flows"

/** How long to wait for the lock and how long it may be held, in seconds. */
type LockTimes = { timeout: number; ttl: number }
/** Most guarded writes are a few statements. */
const SHORT: LockTimes = { timeout: 5, ttl: 30 }
/** The value a workflow input stands for when the transform runs. */
type Resolved<T> = T extends WorkflowData<infer U> ? U : T

/**
 * Takes the lock `<kind>:<id>` so writes to one record run one after the other (the second sees
 * what the first wrote); returns the key for `releaseLockStep`. Given several ids, takes every
 * record's lock, in id order, so two runs over overlapping records never wait on each other in a
 * circle.
 */
export function lockRecord<T>(input: T, kind: string, id: (input: Resolved<T>) => string | string[], times: LockTimes = SHORT) {
  const key = transform({ input }, ({ input }) => {
    const ids = id(input)
    return Array.isArray(ids) ? [...new Set(ids)].sort().map((i) => `${kind}:${i}`) : `${kind}:${ids}`
  })
  acquireLockStep({ key, ...times })
  return key
}

/** The service order's lock, which every write to its lines, stage, SLA clock or posting takes. */
export const lockServiceOrder = (input: { service_order_id: string }, times?: LockTimes) =>
  lockRecord(input, "service_order", (i) => i.service_order_id, times)
