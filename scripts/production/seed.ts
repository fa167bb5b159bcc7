/**
 * Work for the production test's jobs (integration-tests/production), put in place by
 * `medusa exec` in its host app without running any job: customers with addresses, regions in EUR
 * and USD, subscriptions started months ago (periods due, none billed), active agreements with
 * weekly lines started weeks ago (occurrences due, none generated), service orders whose SLA due
 * times have passed (breaches due, none reported), storefront requests (a notification each,
 * sent by a worker) and estimates sent under the default 24/7 SLA whose validity ended
 * unanswered (expiries due, none marked). Sizes: PRODUCTION_SEED_CUSTOMERS (default 6).
 *
 * Prints one line `production-seed: {json}` with what it created, for the test's expectations,
 * and an admin's bearer token (`admin_token`, signed with JWT_SECRET) for its requests.
 */
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createSalesChannelsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import {
  changeServiceAgreementStatusWorkflow,
  createServiceAgreementWorkflow,
  createServiceOrderWorkflow,
  createServiceLevelAgreementsWorkflow,
  createServiceSubscriptionWorkflow,
  draftServiceEstimateWorkflow,
  sendServiceEstimateWorkflow,
} from "../../src/workflows"

const DAY = 24 * 60 * 60 * 1000
const address = (country_code: string) => ({ first_name: "Pat", last_name: "Doe", address_1: "Main St 1", city: "Utrecht", country_code, postal_code: "3511" })

export default async function seedProductionTest({ container }: ExecArgs) {
  const customersCount = Number(process.env.PRODUCTION_SEED_CUSTOMERS ?? 6)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const actor = { type: "system" as const }

  await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Europe", currency_code: "eur", countries: ["de", "nl"] },
        { name: "North America", currency_code: "usd", countries: ["us"] },
      ],
    },
  })
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Webshop" }] } })
  const [store] = await container.resolve(Modules.STORE).listStores({})
  await updateStoresWorkflow(container).run({ input: { selector: { id: store.id }, update: { default_sales_channel_id: channel.id } } })

  const user = await container.resolve(Modules.USER).createUsers({ email: "production-test@example.com", first_name: "Pro" })
  const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: user.email }],
    app_metadata: { user_id: user.id },
  })
  const admin_token = generateJwtToken(
    { actor_id: user.id, actor_type: "user", auth_identity_id: identity.id, app_metadata: { user_id: user.id } },
    { secret: process.env.JWT_SECRET || "supersecret", expiresIn: "1d" }
  )

  const allWeek = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), [{ start: "00:00", end: "24:00" }]]))
  // The default SLA, far enough off that no order but the breach orders below is ever due.
  await createServiceLevelAgreementsWorkflow(container).run({
    input: {
      service_level_agreements: [
        { code: "PROD", name: "Around the clock", response_minutes: 600, resolution_minutes: 6000, timezone: "UTC", working_hours: allWeek, is_default: true },
      ],
    } as any,
  })

  const now = Date.now()
  const created = { admin_token, customer_ids: [] as string[], customers: 0, subscriptions: 0, agreements: 0, sla_orders: 0, storefront_orders: 0, expired_estimates: 0 }
  for (let i = 0; i < customersCount; i++) {
    const customer = await container
      .resolve(Modules.CUSTOMER)
      .createCustomers({ email: `prod-${i}@example.com`, first_name: `Customer ${i}`, addresses: [address(i % 2 ? "us" : "nl")] })
    created.customers++
    created.customer_ids.push(customer.id)
    // Two currencies for every customer: billing makes one order per customer and currency.
    for (const [currency_code, frequency, monthsAgo] of [
      ["eur", "monthly", 3],
      ["eur", "monthly", 2],
      ["usd", "monthly", 4],
    ] as const) {
      const start = new Date(now - monthsAgo * 30 * DAY)
      await createServiceSubscriptionWorkflow(container).run({
        input: {
          customer_id: customer.id,
          description: `Care plan ${currency_code} ${monthsAgo}`,
          amount: 10 + i,
          currency_code,
          frequency,
          billing_timing: "advance",
          start_date: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate())),
        },
      })
      created.subscriptions++
    }
    const validFrom = new Date(now - (21 + i) * DAY)
    const { result: agreement } = await createServiceAgreementWorkflow(container).run({
      input: {
        customer_id: customer.id,
        name: `Weekly check ${i}`,
        valid_from: new Date(Date.UTC(validFrom.getUTCFullYear(), validFrom.getUTCMonth(), validFrom.getUTCDate())),
        currency_code: "eur",
        actor,
        lines: [
          { type: "fee", description: "Weekly check", quantity: 1, unit_price: 25, unit_cost: 0, recurrence: "FREQ=WEEKLY" },
          { type: "fee", description: "Daily log review", quantity: 1, unit_price: 2, unit_cost: 0, recurrence: "FREQ=DAILY;INTERVAL=3" },
        ],
      } as any,
    })
    await changeServiceAgreementStatusWorkflow(container).run({ input: { id: agreement.id, action: "activate", actor } })
    created.agreements++
    for (const channel of ["admin", "storefront"] as const) {
      const { result: order } = await createServiceOrderWorkflow(container).run({
        input: { customer_id: customer.id, title: `Boiler ${channel} ${i}`, priority: "normal", channel, currency_code: "eur", actor } as any,
      })
      if (channel === "admin") {
        // Both targets passed unmet: one response and one resolution breach to report.
        await pg.raw(
          `UPDATE service_order SET response_due_at = now() - interval '2 hours', resolution_due_at = now() - interval '1 hour',
             response_breached_at = NULL, resolution_breached_at = NULL WHERE id = ?`,
          [order.id]
        )
        created.sla_orders++
      } else {
        created.storefront_orders++
      }
    }
    // An estimate sent three hours ago, valid until an hour ago, never answered: the clock it paused
    // must resume at that hour, once.
    const { result: estimated } = await createServiceOrderWorkflow(container).run({
      input: {
        customer_id: customer.id,
        title: `Estimate ${i}`,
        channel: "admin",
        currency_code: "eur",
        lines: [{ type: "hour", description: "Labour", quantity: 2, unit_price: 85 }],
        actor,
      } as any,
    })
    const estimateInput = { service_order_id: estimated.id, valid_until: new Date(now + 7 * DAY), actor }
    await draftServiceEstimateWorkflow(container).run({ input: estimateInput })
    await sendServiceEstimateWorkflow(container).run({ input: estimateInput })
    await pg.raw(
      `UPDATE service_estimate SET sent_at = now() - interval '3 hours', valid_until = now() - interval '1 hour' WHERE service_order_id = ?`,
      [estimated.id]
    )
    await pg.raw(`UPDATE service_sla_event SET occurred_at = now() - interval '4 hours' WHERE service_order_id = ? AND type = 'start'`, [estimated.id])
    await pg.raw(`UPDATE service_sla_event SET occurred_at = now() - interval '3 hours' WHERE service_order_id = ? AND type = 'pause'`, [estimated.id])
    created.expired_estimates++
  }
  // `medusa exec` exits as soon as this returns, while the event bus may still be handing the last
  // workflow's events (service_order.created) to Redis: give it a moment.
  await new Promise((r) => setTimeout(r, 2000))
  console.log(`production-seed: ${JSON.stringify(created)}`)
}
