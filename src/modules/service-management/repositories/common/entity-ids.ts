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

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/** SQL: 8 upper-case hex digits of `random()` (32 bits). */
const randomHex32 = `upper(lpad(to_hex(floor(random() * 4294967296)::bigint), 8, '0'))`

/**
 * SQL for ids made by Postgres in a set-based insert, in the same shape: `<prefix>_`, the
 * statement's millisecond as ULID time (10 symbols) and 16 hex digits (hex digits are ULID symbols
 * too) of `random()`, whose generator each session seeds from strong randomness: 64 random bits
 * per millisecond, as unique as `gen_random_uuid()`'s half at a third of its cost (that reads the
 * OS's random source per row). `prefix` is a model's fixed id prefix, never input.
 */
export function sqlBulkEntityId(prefix: string): string {
  const time = `(SELECT string_agg(substr('${CROCKFORD}', (((extract(epoch FROM clock_timestamp()) * 1000)::bigint >> (5 * (9 - i))) & 31)::int + 1, 1), '' ORDER BY i) FROM generate_series(0, 9) AS i)`
  return `'${prefix}_' || ${time} || ${randomHex32} || ${randomHex32}`
}
