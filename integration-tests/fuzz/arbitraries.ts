import fc from "fast-check"
import fs from "fs"
import path from "path"
import { API_DIR } from "../helpers/routes"

/** Strings a careless or hostile client sends: empty, NUL, SQL, paths, dates that are not, very long, odd Unicode. */
const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31m",
  "' OR '1'='1' --",
  "'; DROP TABLE service_order; --",
  "%00",
  "%",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "not-a-date",
  "2026-13-45",
  "-200000-01-01T00:00:00Z",
  "+275760-09-13T00:00:00Z",
  "\ud800",
  "🔧🔥",
  "x".repeat(300),
  "x".repeat(2_000),
  "sord_00000000000000000000000000",
  "cus_missing",
]

const NASTY_NUMBERS = [0, -1, -0.5, 0.1, 1e-9, 1, 7, 1e6, 1e12, 1e21, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]

// Fits in a URL: Node refuses request heads over 16 KB with a bare 431 before any route runs.
export const nastyString = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) }
  )

/** A body string: anything a URL takes, and far longer text. */
const nastyText = () => fc.oneof({ weight: 9, arbitrary: nastyString() }, { weight: 1, arbitrary: fc.constant("x".repeat(100_000)) })

const isoDate = () =>
  fc
    .date({ min: new Date("1990-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString())

/** Any JSON value a body field may receive, nested a little. */
export const anyValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: nastyText() },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(...NASTY_NUMBERS, null, true, false) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: isoDate() },
    { weight: 1, arbitrary: fc.array(nastyString(), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(nastyString(), nastyString(), { maxKeys: 3 }) }
  )

/**
 * A value for a field, shaped by its name so that some requests get past the validators: ids are
 * often real ones, dates often valid, amounts often numbers, nested lists often lists of objects.
 */
export function valueFor(key: string, ids: string[], vocabulary: string[], depth = 0): fc.Arbitrary<unknown> {
  const id = ids.length ? fc.constantFrom(...ids) : nastyString()
  if (key.endsWith("_id") || key === "id") {
    return fc.oneof({ weight: 3, arbitrary: id }, { weight: 2, arbitrary: anyValue() })
  }
  if (key.endsWith("_ids")) {
    return fc.oneof(fc.array(id, { maxLength: 3 }), anyValue())
  }
  if (/(_at|_date|date|start|end|from|to|as_of|until)$/.test(key)) {
    return fc.oneof({ weight: 3, arbitrary: isoDate() }, { weight: 2, arbitrary: anyValue() })
  }
  if (/(quantity|price|cost|amount|minutes|hours|count|position|limit|offset|percent|rate|days|interval)/.test(key)) {
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NASTY_NUMBERS) }, { weight: 1, arbitrary: anyValue() })
  }
  if (depth === 0 && ["lines", "items", "components", "reasons", "holidays", "customer_group_ids"].includes(key)) {
    return fc.oneof(fc.array(objectFrom(vocabulary, ids, depth + 1), { minLength: 1, maxLength: 3 }), anyValue())
  }
  return anyValue()
}

/** An object made of some of the vocabulary's keys with values shaped by their names. */
export function objectFrom(vocabulary: string[], ids: string[], depth = 0): fc.Arbitrary<Record<string, unknown>> {
  if (!vocabulary.length) {
    return fc.dictionary(nastyString(), anyValue(), { maxKeys: 4 })
  }
  return fc
    .subarray(vocabulary, { maxLength: Math.min(8, vocabulary.length) })
    .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, valueFor(k, ids, vocabulary, depth)]))))
}

/** A request body: random JSON, or an object of the route's own field names with hostile values. */
export const bodyFor = (vocabulary: string[], ids: string[]) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 4, arbitrary: objectFrom(vocabulary, ids) }
  )

// `fields` as clients write it: known relations and columns, prefixes, wildcards, and ones that do not exist.
const FIELD_NAMES = ["*", "id", "+id", "-id", "*lines", "lines.*", "customer.*", "stage.*", "+metadata", "nope", "lines.nope", "*customer.orders", "customer.orders.items.*"]

const OPERATORS = ["$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin", "$like", "$ilike", "$re", "$contains"]

/** A query string's parameters: list filters (plain, arrays, operator maps), fields, paging and order. */
export const queryFor = (vocabulary: string[], ids: string[]) => {
  const scalar = fc.oneof(
    nastyString(),
    ids.length ? fc.constantFrom(...ids) : nastyString(),
    isoDate(),
    fc.constantFrom(...NASTY_NUMBERS.map(String), "true", "false")
  )
  const fieldList = fc
    .array(fc.oneof(fc.constantFrom(...FIELD_NAMES), nastyString()), { minLength: 1, maxLength: 3 })
    .map((names) => names.join(","))
  const filter = (key: string) =>
    key === "fields"
      ? fc.oneof({ weight: 3, arbitrary: fieldList }, { weight: 1, arbitrary: scalar })
      : fc.oneof(
          scalar,
          fc.array(scalar, { maxLength: 3 }),
          fc.dictionary(fc.constantFrom(...OPERATORS), fc.oneof(scalar, fc.array(scalar, { maxLength: 2 })), { minKeys: 1, maxKeys: 2 })
        )
  const keys = [...new Set([...vocabulary, "fields", "limit", "offset", "order", "q", "with_deleted", "created_at"])]
  return fc
    .subarray(keys, { maxLength: 4 })
    .chain((picked) => fc.record(Object.fromEntries(picked.map((k) => [k, filter(k)]))))
}

// An empty segment is another URL (`/a//b` matches no route of the plugin), not a parameter.
const segment = () => nastyString().filter((s) => s.length > 0)

/** A path parameter: usually the real one, else something hostile. */
export const pathParam = (real: string | undefined) =>
  real ? fc.oneof({ weight: 3, arbitrary: fc.constant(real) }, { weight: 2, arbitrary: segment() }) : segment()

/**
 * The field names a route accepts, read from the `validators.ts` of its folder and the folders
 * above it up to the resource (e.g. `lines`, `technician_id`, `created_at`).
 */
export function vocabularyFor(routeDir: string): string[] {
  const names = new Set<string>()
  for (let dir = routeDir; dir.startsWith(API_DIR) && dir !== API_DIR; dir = path.dirname(dir)) {
    const file = path.join(dir, "validators.ts")
    if (fs.existsSync(file)) {
      for (const [, name] of fs.readFileSync(file, "utf8").matchAll(/^\s+([a-z_][a-z0-9_]*)\??:\s/gm)) {
        names.add(name)
      }
    }
  }
  return [...names].sort()
}
