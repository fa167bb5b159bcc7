import { errorHandler, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

// Postgres: connection refused/reset, the server shutting down or starting (57P01–57P03), the
// connection classes (08xxx). Node: sockets that broke.
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"])
const DATABASE_MESSAGES = [/Timeout acquiring a connection/i, /Connection terminated/i, /the database system is (starting up|shutting down)/i]
const REDIS_MESSAGES = [/Stream isn't writeable/i, /Connection is closed/i, /MaxRetriesPerRequest/i, /enableOfflineQueue/i]

/** "database" or "redis" when `err` (or an error it wraps) says that backing service is unreachable. */
export function unavailableService(err: unknown): "database" | "redis" | undefined {
  for (let e = err as any, depth = 0; e && depth < 5; e = e.cause ?? e.originalError ?? e.error, depth++) {
    const message = String(e.message ?? "")
    if (REDIS_MESSAGES.some((re) => re.test(message)) || /redis/i.test(String(e.name ?? ""))) {
      return "redis"
    }
    if (DATABASE_MESSAGES.some((re) => re.test(message)) || UNAVAILABLE_CODES.has(String(e.code ?? ""))) {
      return /6379|redis/i.test(message) ? "redis" : "database"
    }
  }
  return undefined
}

/**
 * Medusa's error handler, except that an error caused by an unreachable database or Redis (a
 * restart, an outage) answers 503 with a message saying so and `Retry-After`, instead of a 500
 * "unknown error": the request changed nothing it could not roll back, and may simply be retried.
 */
export function unavailableErrorHandler() {
  const medusaHandler = errorHandler()
  return (err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const service = unavailableService(err)
    if (!service) {
      return medusaHandler(err as any, req, res, next)
    }
    const what = service === "database" ? "The database" : "Redis (events, workflows, locks)"
    req.scope?.resolve("logger")?.warn(`503 at ${req.method} ${req.path}: ${(err as Error)?.message}`)
    res.setHeader("Retry-After", "5")
    res.status(503).json({ type: "service_unavailable", message: `${what} is unavailable right now; try again shortly` })
  }
}
