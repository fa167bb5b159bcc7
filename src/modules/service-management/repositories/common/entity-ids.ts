import { randomFillSync } from "crypto"
import { factory } from "ulid"

// Random bytes drawn from the OS in blocks: `ulid`'s default generator asks `crypto.randomBytes`
// for one byte per character, 16 calls per id, which made ids most of a bulk insert's time.
const pool = new Uint8Array(4096)
let next = pool.length

/** A uniform number in [0, 1) from the pooled random bytes (a byte / 256: exact for ULID's 32 symbols). */
function pooledRandom(): number {
  if (next === pool.length) {
    randomFillSync(pool)
    next = 0
  }
  return pool[next++] / 256
}

const ulid = factory(pooledRandom)

/** Medusa's id shape (`generateEntityId`: `<prefix>_<ULID>`), cheap enough for a batch of thousands. */
export function bulkEntityId(prefix?: string): string {
  return prefix ? `${prefix}_${ulid()}` : ulid()
}
