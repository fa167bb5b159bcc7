import { MedusaContainer } from "@medusajs/framework/types"
import { adminUserSection } from "./admin-user"
import { agreementsSection } from "./agreements"
import { allowancesSection } from "./allowances"
import { createSeedContext, SeedSection } from "./context"
import { dispatchSection } from "./dispatch"
import { fulfilmentSection } from "./fulfilment"
import { estimatesSection } from "./estimates"
import { historySection } from "./history"
import { customersSection } from "./customers"
import { ordersSection } from "./orders"
import { postingSection } from "./posting"
import { productsSection } from "./products"
import { repairLinesSection } from "./repair-lines"
import { repairsSection } from "./repairs"
import { serviceObjectsSection } from "./service-objects"
import { serviceOrdersSection } from "./service-orders"
import { serviceTasksSection } from "./service-tasks"
import { storeSection } from "./store"
import { storefrontSection } from "./storefront"
import { subscriptionsSection } from "./subscriptions"
import { serviceRolesSection } from "./service-roles"
import { returnsSection } from "./returns"
import { warrantyTermsSection } from "./warranty-terms"

/**
 * The seed sections in the order they run; later ones use what earlier ones put on the context.
 * A new feature adds its own file here.
 */
export const seedSections: SeedSection[] = [
  adminUserSection,
  storeSection,
  productsSection,
  customersSection,
  ordersSection,
  serviceTasksSection,
  warrantyTermsSection,
  // After the warranty terms: the units it registers get their warranty from delivery.
  fulfilmentSection,
  serviceObjectsSection,
  serviceOrdersSection,
  repairsSection,
  postingSection,
  agreementsSection,
  allowancesSection,
  subscriptionsSection,
  // After the SLAs (agreements): a year of closed, mostly posted orders, each with its SLA log.
  historySection,
  // Open demo orders: one estimate waiting for the customer, one accepted.
  estimatesSection,
  // Before the roles: the demo technician login is linked to the technician with its e-mail.
  dispatchSection,
  repairLinesSection,
  serviceRolesSection,
  // After orders and service objects: receipt reuses the demo objects of the returned lines.
  returnsSection,
  // Last: it announces what earlier sections did to the demo customer's orders (assignments too).
  storefrontSection,
]

export async function runSeed(container: MedusaContainer, { demo = true }: { demo?: boolean } = {}) {
  const ctx = createSeedContext(container)
  for (const section of seedSections) {
    if (section.demo && !demo) {
      continue
    }
    try {
      await section.run(ctx)
    } catch (e) {
      ctx.logger.error(`[seed] ${section.name} failed: ${(e as Error)?.message ?? e}`)
      throw e
    }
  }
}
