/**
 * The timed part of the bench case `installed-base-registration` (scripts/bench/cases/), run by
 * it as `medusa exec`: per run, a fresh Medusa order of one line of UNITS units (the order
 * module), fulfilled whole (a fulfilment through the fulfillment module, linked to the order, as
 * Medusa's createOrderFulfillmentWorkflow leaves it), then `registerFulfilledUnitsWorkflow` — what
 * the `order.fulfillment_created` subscriber runs — timed alone. Writes
 * `[{ ms, fulfillment_id, created }]` to BENCH_OUT. Env: BENCH_RUNS (3), BENCH_UNITS (500).
 */
import fs from "node:fs"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { registerFulfilledUnitsWorkflow } from "../../src/workflows/installed-base/register-fulfilled-units"

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const UNITS = Number(process.env.BENCH_UNITS ?? 500)
const address = { first_name: "Bench", last_name: "Customer", address_1: "Main St 1", city: "Berlin", country_code: "de", postal_code: "10115" }

export default async function bench({ container }: ExecArgs) {
  const orders = container.resolve(Modules.ORDER)
  const fulfillments = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const results: { ms: number; fulfillment_id: string; created: number }[] = []
  // One untimed round first: the workflow's first run loads what later runs find warm.
  for (let run = 0; run < RUNS + 1; run++) {
    const [order] = await orders.createOrders([{
      customer_id: "cus_bench_0",
      email: "bench0@example.com",
      currency_code: "usd",
      shipping_address: address,
      items: [{ title: "Bench heat pump", product_title: "Bench heat pump", quantity: UNITS, unit_price: 10 }],
    }] as any)
    const [line] = (await orders.retrieveOrder(order.id, { relations: ["items"] })).items!
    const fulfillment = await fulfillments.createFulfillment({
      location_id: "sloc_bench",
      provider_id: "manual_manual",
      delivery_address: address,
      items: [{ title: "Bench heat pump", sku: "BENCH-HP", barcode: "", quantity: UNITS, line_item_id: line.id }],
      labels: [],
      order: {},
    } as any)
    await link.create({ [Modules.ORDER]: { order_id: order.id }, [Modules.FULFILLMENT]: { fulfillment_id: fulfillment.id } })
    const started = process.hrtime.bigint()
    const { result } = await registerFulfilledUnitsWorkflow(container).run({ input: { order_id: order.id, fulfillment_id: fulfillment.id } })
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    if (result.length !== UNITS) {
      throw new Error(`the fulfilment of ${UNITS} units registered ${result.length} objects`)
    }
    if (run > 0) {
      results.push({ ms, fulfillment_id: fulfillment.id, created: result.length })
    }
  }
  fs.writeFileSync(process.env.BENCH_OUT ?? "installed-base-registration.json", JSON.stringify(results))
}
