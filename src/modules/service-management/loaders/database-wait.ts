import { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveOptions } from "../options"

type PoolHolder = { client?: { pool?: { acquireTimeoutMillis?: number } } }

/**
 * Shortens how long a query waits for a connection of the app's shared pool (plugin option
 * `databaseWaitSeconds`): while PostgreSQL is down every new connection is refused and Medusa's
 * pool retries for 60 s, so requests would hang that long; with this they end with the 503 of
 * the API's error handler (src/api/utils/unavailable.ts) and the pool reconnects once the
 * database is back. Medusa offers no setting for it (`databaseDriverOptions.pool` omits it).
 */
export default async function databaseWaitLoader({ container, options }: LoaderOptions) {
  const seconds = resolveOptions(options).databaseWaitSeconds
  const pg = container.resolve<PoolHolder | undefined>(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true })
  const pool = pg?.client?.pool
  if (seconds && pool && (pool.acquireTimeoutMillis ?? Infinity) > seconds * 1000) {
    pool.acquireTimeoutMillis = seconds * 1000
  }
}
