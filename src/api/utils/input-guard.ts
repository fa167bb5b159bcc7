import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isPluginAdminPath } from "../core-routes"
import { INPUT_LIMITS } from "../../modules/service-management/utils/input-limits"
import { pathSegments } from "../../modules/service-management/utils/route-match"
import { requestPath } from "./service-roles"

/** The plugin's store route prefixes (admin ones come from the permission table). */
export const STORE_ROUTE_PREFIXES = [
  "/store/service-objects",
  "/store/service-orders",
  "/store/service-requests",
  "/store/service-returns",
  "/store/service-subscriptions",
] as const

/** Longest path segment accepted: an id's limit, as in bodies (ids are ~30 characters). */
export const MAX_PATH_SEGMENT = INPUT_LIMITS.id

// Postgres refuses NUL in text and jsonb ("invalid byte sequence"), which would surface as a 500;
// other control characters have no business in an id.
const CONTROL = /[\u0000-\u001f\u007f]/
const NUL = "\u0000"

/** Whether a request path belongs to one of the plugin's routes (in any case, as Express matches them). */
export const isPluginPath = (path: string) =>
  isPluginAdminPath(path) ||
  (STORE_ROUTE_PREFIXES as readonly string[]).includes(`/store/${pathSegments(path.toLowerCase())[1] ?? ""}`)

/** The first problem with a path (segments as sent, still percent-encoded), or null. */
export function pathProblem(path: string): string | null {
  for (const raw of path.split("/").filter(Boolean)) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return `The path segment "${raw.slice(0, 40)}" is not valid percent-encoding`
    }
    if (CONTROL.test(segment)) {
      return "A path parameter contains control characters"
    }
    if (segment.length > MAX_PATH_SEGMENT) {
      return `A path parameter is longer than ${MAX_PATH_SEGMENT} characters`
    }
  }
  return null
}

// Keys that shadow Object.prototype: `{ "toString": " " }` where an object is not expected made
// Medusa's validation message builder throw (a 500), and `__proto__`/`constructor` are the usual
// prototype-pollution keys. No field of the plugin has these names.
const RESERVED_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype))
// An unpaired UTF-16 surrogate (`"\ud800"` in JSON) is no character: jsonb refuses its escape
// ("invalid Unicode surrogate pair"), which was a 500 for metadata keys and values.
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** What is wrong with a string of a body or query (a key or a value), or null. */
const textProblem = (text: string) =>
  text.includes(NUL) ? "contains a NUL character" : LONE_SURROGATE.test(text) ? "contains an unpaired surrogate (not Unicode text)" : null

/**
 * The first thing in a parsed body or query that must not reach the validators: a NUL character
 * or an unpaired surrogate in a value or key, or a reserved key; with where it is, e.g.
 * `lines[0].description`.
 */
export function unsafeInput(value: unknown, at = ""): { at: string; problem: string } | null {
  if (typeof value === "string") {
    const problem = textProblem(value)
    return problem ? { at: at || "value", problem } : null
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unsafeInput(value[i], `${at}[${i}]`)
      if (found) {
        return found
      }
    }
    return null
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const name = at ? `${at}.${key}` : key
      const keyProblem = textProblem(key)
      if (keyProblem) {
        return { at: name.replace(/\u0000/g, "\\0").replace(LONE_SURROGATE, "\ufffd"), problem: keyProblem }
      }
      if (RESERVED_KEYS.has(key)) {
        return { at: name, problem: "is a reserved name" }
      }
      const found = unsafeInput(inner, name)
      if (found) {
        return found
      }
    }
  }
  return null
}

/**
 * One gate in front of every plugin route, before the role guard and the validators: a path
 * parameter with control characters or far too long, a NUL character anywhere in the query or
 * the body, or a key that shadows Object.prototype, is a 400 here instead of a 500 further down.
 */
export function inputGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const path = requestPath(req)
  if (!isPluginPath(path)) {
    return next()
  }
  const problem = pathProblem(path)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
  const inQuery = unsafeInput(req.query)
  if (inQuery) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The query parameter ${inQuery.at} ${inQuery.problem}`)
  }
  const inBody = unsafeInput(req.body)
  if (inBody) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The body field ${inBody.at} ${inBody.problem}`)
  }
  next()
}

// Mounted on the namespaces (not per route) so it sorts before every plugin middleware there.
export const inputGuardMiddlewares: MiddlewareRoute[] = ["/admin", "/store"].map((matcher) => ({
  matcher,
  middlewares: [inputGuard],
}))
