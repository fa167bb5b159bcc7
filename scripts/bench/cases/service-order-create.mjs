// Creating a service order with 2–4 lines (`POST /admin/service-orders`) against Medusa's own
// `POST /admin/customers` in the same run: one client in sequence (p50) and 8 concurrent
// clients (requests per second, three rounds of each in turn). The ratio is the create's throughput over the customers'.
import { interleave, summary, throughputs } from "../lib.mjs"

const CLIENTS = 8

let sequence = 0
const lines = (n) =>
  Array.from({ length: n }, (_, i) => ({ type: i % 2 ? "item" : "hour", description: `Line ${i + 1}`, quantity: 1 + i, unit_price: 25 + i }))

export default {
  name: "service-order-create",
  title: "Create a service order (2–4 lines)",
  goal: "≥ 0.7× the customers' req/s",
  /** It creates its own rows; the base customers are its customers. */
  async fill() {},
  async measure({ http, runs, scale }) {
    const createOrder = () =>
      http("POST", "/admin/service-orders", { customer_id: `cus_bench_${sequence % 2000}`, title: "Bench create", lines: lines(2 + (sequence++ % 3)) })
    const createCustomer = () => http("POST", "/admin/customers", { email: `bench-create-${process.pid}-${sequence++}@example.com` })
    const { times, last } = await interleave({ customer: createCustomer, order: createOrder }, { runs })
    const perClient = scale === "smoke" ? 2 : Math.max(5, Math.round(runs / 2))
    const rates = await throughputs({ order: createOrder, customer: createCustomer }, { clients: CLIENTS, perClient, rounds: scale === "smoke" ? 1 : 3 })
    const [orderRate, customerRate] = [rates.order, rates.customer]
    const [order, customer] = [summary(times.order), summary(times.customer)]
    return [
      {
        name: `${CLIENTS} clients`,
        p50: order.p50,
        p95: order.p95,
        floor: { customers_per_s: customerRate, customers_p50: customer.p50 },
        throughput: orderRate,
        ratio: Math.round((orderRate / customerRate) * 100) / 100,
        rows: last.order.body.service_order.lines?.length ?? 0,
        bytes: last.order.bytes,
      },
    ]
  },
}
