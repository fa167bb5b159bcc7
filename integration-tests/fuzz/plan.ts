import { DiscoveredRoute, discoverRoutes, toMatcher } from "../helpers/routes"
import { fixtureKeyFor } from "./fixtures"
import { vocabularyFor } from "./arbitraries"

export type FuzzTarget = DiscoveredRoute & {
  matcher: string
  /** The fixture prefix that gives the route real path parameters (undefined: the route has none). */
  fixtureKey?: string
  vocabulary: string[]
}

const hasParams = (matcher: string) => matcher.includes("/:")

/**
 * Every route the fuzzer drives, deletes last (they remove the fixtures other routes use).
 * `uncovered` lists routes with a path parameter no fixture gives: the inventory test fails on them.
 */
export function fuzzPlan() {
  const targets: FuzzTarget[] = discoverRoutes().map((route) => {
    const matcher = toMatcher(route.path)
    return { ...route, matcher, fixtureKey: fixtureKeyFor(matcher), vocabulary: vocabularyFor(route.dir) }
  })
  const uncovered = targets.filter((t) => hasParams(t.matcher) && !t.fixtureKey).map((t) => `${t.method} ${t.matcher}`)
  targets.sort((a, b) => Number(a.method === "DELETE") - Number(b.method === "DELETE"))
  return { targets, uncovered }
}
