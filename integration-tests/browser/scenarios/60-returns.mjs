// Returns for repair: the "Return for repair" widget on a Medusa order page (pick quantity and
// disposition, create — the API's refusal for an unfulfilled order is shown and nothing is
// created), and the Returns list page with its status filter.
export default async function returns(ctx) {
  const { page, base, customer, step, expect, api, shot, selectOption } = ctx

  let orderId
  await step("returns: API setup (region, a placed order for the customer)", async () => {
    const region = await api("POST", "/admin/regions", { name: `Returns ${Date.now()}`, currency_code: "usd", countries: [] })
    expect(region.status === 200, `region create failed: ${region.status} ${JSON.stringify(region.json)}`)
    const products = await api("GET", "/admin/products?q=Heat%20pump&fields=id,variants.id")
    const variantId = products.json.products?.[0]?.variants?.[0]?.id
    expect(!!variantId, "demo variant missing")
    const draft = await api("POST", "/admin/draft-orders", {
      email: customer.email,
      customer_id: customer.id,
      region_id: region.json.region.id,
      items: [{ variant_id: variantId, quantity: 2 }],
    })
    expect(draft.status === 200, `draft order create failed: ${draft.status} ${JSON.stringify(draft.json)}`)
    const order = await api("POST", `/admin/draft-orders/${draft.json.draft_order.id}/convert-to-order`, {})
    expect(order.status === 200, `convert failed: ${order.status} ${JSON.stringify(order.json)}`)
    orderId = order.json.order.id
  })

  await step("order page: Return for repair shows the API's refusal for unfulfilled items; nothing is created", async () => {
    await page.goto(`${base}/app/orders/${orderId}`)
    const widget = page.getByTestId("order-service-returns-widget")
    await widget.waitFor({ timeout: 60_000 })
    await widget.getByTestId("return-for-repair").click()
    const item = widget.getByTestId("return-item").first()
    await item.getByTestId("return-item-quantity").fill("1")
    await selectOption("return-item-disposition", "Replace")
    await item.getByTestId("return-item-serial").fill("HP-SN-1")
    await widget.getByTestId("return-reason").fill("Does not heat")
    await widget.getByTestId("return-submit").click()
    await page.getByText(/can still be returned/).first().waitFor()
    await shot("return-refused-unfulfilled")
    const list = await api("GET", `/admin/service-returns?order_id=${orderId}`)
    expect(list.status === 200 && list.json.count === 0, `a refused return was created: ${JSON.stringify(list.json)}`)
  })

  await step("Returns page: empty state and status filter", async () => {
    await page.goto(`${base}/app/service-returns`)
    await page.getByTestId("service-returns-page").waitFor({ timeout: 60_000 })
    await page.getByText("No returns").first().waitFor()
    await selectOption("filter-return-status", "In repair")
    await page.getByTestId("filter-return-status").getByText("In repair").waitFor()
    await shot("returns-list")
  })
}
