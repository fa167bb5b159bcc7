// Repair estimate: a service order with billable work; on its page the Estimate section builds a
// version from the lines (a Medusa draft order) with a validity date, then sends it — the status
// and total the page shows are the API's, and sending is refused no more once built.
const DAY = 24 * 60 * 60 * 1000
const isoDay = (d) => d.toISOString().slice(0, 10)

export default async function estimates(ctx) {
  const { page, base, customer, step, expect, api, ok, shot, typeDay, ensureSellingIn } = ctx
  let order
  const section = () => page.getByTestId("estimate-section")

  await step("estimate: API setup (a region in USD, a service order with a call-out fee and two hours of labour)", async () => {
    await ensureSellingIn("usd")
    order = ok(
      await api("POST", "/admin/service-orders", {
        customer_id: customer.id,
        title: "Boiler pressure drops",
        currency_code: "usd",
        lines: [
          { type: "fee", description: "Call-out fee", quantity: 1, unit_price: 45 },
          { type: "hour", description: "Labour", quantity: 2, unit_price: 80, unit_cost: 40 },
        ],
      }),
      "service order"
    ).service_order
  })

  await step("order page: build an estimate from the billable lines", async () => {
    await page.goto(`${base}/app/service-orders/${order.id}`)
    await section().waitFor({ timeout: 60_000 })
    expect(await section().getByTestId("estimate-send-button").isDisabled(), "send offered before an estimate exists")
    await section().getByTestId("estimate-draft-button").click()
    const drawer = page.getByTestId("estimate-drawer")
    await typeDay(drawer.locator("#estimate-valid-until"), isoDay(new Date(Date.now() + 14 * DAY)))
    await drawer.getByRole("button", { name: "Build", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await section().getByTestId("estimate-status").getByText("Draft").waitFor()
    const { estimate } = ok(await api("GET", `/admin/service-orders/${order.id}/estimate`), "estimate")
    expect(estimate.order.total === 205, `draft order total ${estimate.order.total}, expected 45 + 2 × 80`)
    await section().getByTestId("estimate-total").getByText(/205/).waitFor()
    await section().getByText("Labour").waitFor()
  })

  await step("order page: send the estimate; the SLA clock waits for the customer", async () => {
    await section().getByTestId("estimate-send-button").click()
    const drawer = page.getByTestId("estimate-drawer")
    await drawer.getByRole("button", { name: "Send", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await section().getByTestId("estimate-status").getByText("Sent").waitFor()
    const { estimate } = ok(await api("GET", `/admin/service-orders/${order.id}/estimate`), "estimate")
    expect(estimate.status === "sent" && !!estimate.sent_at, `estimate ${estimate.status}`)
    await shot("estimate-sent")
  })
}
