// Posting a closed service order, and subscriptions: create one in the admin, run billing with
// its progress, see the billing history and the run, pause it, and see it on the customer page.
export default async function postingAndSubscriptions(ctx) {
  const { page, base, step, expect, api, shot, pickCustomer, typeDay, ensureSellingIn } = ctx
  let customerId
  await step("API: a region in EUR, the default sales channel and a customer with an address", async () => {
    await ensureSellingIn("eur", { name: "Benelux", countries: ["nl", "be"] })
    const created = await api("POST", "/admin/customers", { email: "bram@example.com", first_name: "Bram", last_name: "Visser" })
    customerId = created.json.customer.id
    await api("POST", `/admin/customers/${customerId}/addresses`, {
      first_name: "Bram", last_name: "Visser", address_1: "Oudegracht 1", city: "Utrecht", postal_code: "3511", country_code: "nl", is_default_shipping: true,
    })
  })

  await step("posting a closed service order creates its Medusa order, linked from the page", async () => {
    const { json } = await api("POST", "/admin/service-orders", {
      customer_id: customerId,
      currency_code: "eur",
      title: "Boiler repair",
      lines: [
        { type: "hour", description: "Labour", quantity: 2, unit_price: 85, unit_cost: 40 },
        { type: "fee", description: "Call-out fee", quantity: 1, unit_price: 45 },
      ],
    })
    const id = json.service_order.id
    for (const to_stage of ["scheduled", "in_progress", "completed", "closed"]) {
      await api("POST", `/admin/service-orders/${id}/transition`, { to_stage })
    }
    await page.goto(`${base}/app/service-orders/${id}`)
    const section = page.getByTestId("posting-section")
    await section.getByText("Ready to post").waitFor()
    await page.getByTestId("post-order-button").click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Post" }).click()
    await page.getByTestId("posted-badge").waitFor()
    await page.getByTestId("posted-order-link").waitFor()
    await shot("service-order-posted")
    await page.getByTestId("posted-order-link").click()
    await page.waitForURL(/\/app\/orders\/order_/)
    await page.getByText("Call-out fee").first().waitFor()
  })

  let subscriptionUrl
  await step("create a subscription in the admin and see its upcoming periods", async () => {
    await page.goto(`${base}/app/service-subscriptions`)
    await page.getByRole("heading", { name: "Subscriptions" }).waitFor()
    await page.getByText("No subscriptions").first().waitFor()
    await page.getByTestId("create-subscription-button").click()
    const drawer = page.getByTestId("subscription-drawer")
    await drawer.waitFor()
    await pickCustomer("subscription-customer", "bram@example.com")
    await drawer.locator("#subscription-description").fill("Boiler care plan")
    await drawer.locator("#subscription-amount").fill("19.50")
    const now = new Date()
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 1)).toISOString().slice(0, 10)
    await typeDay(drawer.locator("#subscription-start"), start)
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await page.waitForURL(/\/app\/service-subscriptions\/ssub_/)
    subscriptionUrl = page.url()
    await page.getByTestId("subscription-number").getByText(/^SUB-\d+$/).waitFor()
    const terms = await page.getByTestId("subscription-terms").innerText()
    expect(/19\.50/.test(terms) && /per month, in advance/.test(terms), `terms: ${terms}`)
    await page.getByTestId("subscription-fees").getByText("Nothing billed yet").waitFor()
    expect((await page.getByTestId("subscription-upcoming").getByText(/due/).count()) >= 4, "upcoming periods are listed")
    await shot("subscription-created")
  })

  await step("run billing from the billing runs page and see the run's outcome", async () => {
    await page.goto(`${base}/app/service-subscriptions`)
    await page.getByTestId("billing-runs-link").click()
    await page.waitForURL(/\/app\/subscription-billing-runs$/)
    await page.getByTestId("start-billing-run").click()
    await page.getByText(/Billing run finished: 4 fee\(s\) invoiced in 1 order\(s\)/).first().waitFor({ timeout: 60_000 })
    await page.getByTestId("billing-run-status").first().getByText("Completed").waitFor()
    await shot("billing-runs")
    await page.getByTestId("billing-run-status").first().click()
    await page.waitForURL(/\/app\/subscription-billing-runs\/sbrn_/)
    await page.getByText("Fees in this run").waitFor()
    // The heading renders before the run's fees arrive: wait for the fourth row, then count.
    await page.getByTestId("fee-status").nth(3).waitFor()
    expect((await page.getByTestId("fee-status").count()) === 4, "the run lists its 4 fees")
  })

  await step("the subscription shows its billing history with the invoicing order, and pauses", async () => {
    await page.goto(subscriptionUrl)
    await page.getByTestId("fee-row").first().waitFor()
    expect((await page.getByTestId("fee-row").count()) === 4, "four billed periods")
    expect((await page.getByTestId("subscription-fees").getByRole("link").count()) === 4, "each fee links to its order")
    await page.getByTestId("subscription-actions").click()
    await page.getByRole("menuitem", { name: "Pause" }).click()
    const drawer = page.getByTestId("subscription-action-drawer")
    await drawer.waitFor()
    await drawer.getByRole("button", { name: "Pause", exact: true }).click()
    await page.getByTestId("subscription-status").getByText("Paused").waitFor()
    await page.getByTestId("subscription-upcoming").getByText("Billing waits until the subscription is resumed.").waitFor()
    // This month was billed in advance in full: pausing today credits its remaining days.
    await page.getByTestId("fee-status").getByText("Credited").first().waitFor()
    await shot("subscription-paused")
  })

  await step("the customer page lists the subscription", async () => {
    await page.goto(`${base}/app/customers/${customerId}`)
    const widget = page.getByTestId("customer-subscriptions")
    await widget.getByText("Boiler care plan").waitFor()
    await widget.getByText("Paused").waitFor()
  })
}
