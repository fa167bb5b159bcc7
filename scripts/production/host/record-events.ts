/**
 * Test-only subscriber of the production test's host app (copied into its src/subscribers by
 * integration-tests/production/lib/app.mjs; never part of the plugin): writes every delivery of
 * the events the test counts into `production_test_event`, with the worker's pid, so the test
 * can see whether an event reached a subscriber more than once.
 */
import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export default async function recordProductionTestEvent({ event, container }: SubscriberArgs<Record<string, unknown>>) {
  const data = event.data ?? {}
  await container
    .resolve(ContainerRegistrationKeys.PG_CONNECTION)
    .raw("INSERT INTO production_test_event (name, entity_id, detail, pid) VALUES (?, ?, ?, ?)", [
      event.name,
      String(data.id ?? ""),
      String(data.metric ?? data.channel ?? ""),
      process.pid,
    ])
}

export const config: SubscriberConfig = {
  event: ["service_order.sla_breached", "service_order.created"],
  context: { subscriberId: "production-test-record-events" },
}
