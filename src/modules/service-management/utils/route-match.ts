/**
 * Route matchers shared by the server's guards and the admin (no imports, so the admin bundle can
 * take it): Medusa-style `:param` segments, and a trailing `*` that also covers every path below.
 */

export const pathSegments = (path: string) => path.split("/").filter(Boolean)

/** How well `matcher` fits `path`: null when it does not; higher is more specific (static beats param beats prefix). */
export function matchScore(matcher: string, path: string): number | null {
  const prefix = matcher.endsWith("*")
  const want = pathSegments(prefix ? matcher.slice(0, -1) : matcher)
  const got = pathSegments(path)
  if (prefix ? got.length < want.length : got.length !== want.length) {
    return null
  }
  let score = prefix ? 0 : 1000
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(":")) {
      score += 1
    } else if (want[i] === got[i]) {
      score += 2
    } else {
      return null
    }
  }
  return score
}

/** A route entry as written in the plugin options: `"GET /admin/customers*"`. */
export type RouteEntry = { method: string; matcher: string }

/** `METHOD /admin/...`: GET, POST or DELETE; lower-case static segments or `:param`; an optional trailing `*`. */
export const ROUTE_ENTRY_PATTERN = /^(GET|POST|DELETE) (\/admin(?:\/(?:[a-z0-9][a-z0-9_-]*|:[a-z_]+))+\*?)$/

export function parseRouteEntry(entry: string): RouteEntry | null {
  const m = ROUTE_ENTRY_PATTERN.exec(entry)
  return m ? { method: m[1], matcher: m[2] } : null
}

/**
 * Whether one of `entries` (`"GET /admin/orders/:id"`) covers the request. Express routes ignore
 * case and a trailing slash, so the path is compared the same way.
 */
export function routeEntriesAllow(entries: readonly string[], method: string, path: string): boolean {
  const wanted = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase()
  const normalised = path.toLowerCase().replace(/\/+$/, "")
  return entries.some((entry) => {
    const parsed = parseRouteEntry(entry)
    return !!parsed && parsed.method === wanted && matchScore(parsed.matcher, normalised) !== null
  })
}
