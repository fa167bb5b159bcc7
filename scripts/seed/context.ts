import { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What sections share: the container, and the records earlier sections created or found. */
export type SeedContext = {
  container: MedusaContainer
  logger: Logger
  query: any
  salesChannelId?: string
  shippingProfileId?: string
  /** Region id by region name ("Europe", "North America"). */
  regions: Record<string, { id: string; currency_code: string }>
  /** Variant id by SKU. */
  variants: Record<string, string>
  /** Customer id by email. */
  customers: Record<string, string>
  /** Medusa order by seed key, with its line item ids by SKU. */
  orders: Record<string, { id: string; customer_id: string; currency_code: string; items: Record<string, string> }>
  /** Service task id by code. */
  tasks: Record<string, string>
  /** Service object id by serial number. */
  objects: Record<string, string>
}

export type SeedSection = {
  name: string
  /** Demo sections are skipped with SEED_DEMO=false; the admin user is always ensured. */
  demo: boolean
  run: (ctx: SeedContext) => Promise<void>
}

export function createSeedContext(container: MedusaContainer): SeedContext {
  return {
    container,
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
    query: container.resolve(ContainerRegistrationKeys.QUERY),
    regions: {},
    variants: {},
    customers: {},
    orders: {},
    tasks: {},
    objects: {},
  }
}

/** Logs one line per section result: `[seed] products: created 2, kept 2`. */
export function report(ctx: SeedContext, section: string, created: number, kept: number, extra = "") {
  ctx.logger.info(`[seed] ${section}: ${created ? `created ${created}` : "nothing new"}${kept ? `, kept ${kept} existing` : ""}${extra}`)
}

/** A date `days` from today (negative: in the past), at noon UTC. */
export function daysFromNow(days: number): Date {
  const d = new Date()
  d.setUTCHours(12, 0, 0, 0)
  d.setUTCDate(d.getUTCDate() + days)
  return d
}
