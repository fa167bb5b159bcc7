// Warranty: the product page's warranty widget (add the product's terms in the drawer — months,
// start basis, coverage, remedies, transferable — and see them listed; a variant's override while
// the other variant stays "As product"; coverage above 100 % refused with the API's message in the
// drawer, nothing changed), then the order page's units: the empty state before any unit is
// registered, and a serial number entered on a unit and stored.
//
// The units are created over the admin API with `order_id` / `order_line_item_id`: the browser
// run has no stock location or shipping option to fulfil an order through Medusa's routes, and
// registration at fulfilment is covered by integration-tests/http/installed-base.spec.ts.
export default async function warranty(ctx) {
  const { page, base, customer, step, expect, api, ok, shot, selectOption, createProduct } = ctx
  let boiler
  const variant = (title) => boiler.variants.find((v) => v.title === title)
  const widget = () => page.getByTestId("product-warranty-widget")
  const variantRow = (title) => widget().getByTestId("variant-warranty-term").filter({ hasText: title })

  await step("warranty: API setup (a product with two variants)", async () => {
    boiler = await createProduct({ title: "ThermoMax boiler", sku: "TM", values: ["24 kW", "30 kW"] })
  })

  await step("product page: add the product's warranty terms in the drawer", async () => {
    await page.goto(`${base}/app/products/${boiler.id}`)
    await widget().waitFor({ timeout: 60_000 })
    const own = widget().getByTestId("product-warranty-term")
    await own.getByText("No warranty terms").waitFor()
    await own.getByTestId("product-warranty-term-add").click()
    const drawer = page.getByTestId("warranty-term-drawer")
    await drawer.waitFor()
    await drawer.locator("#warranty-months").fill("36")
    await selectOption("warranty-start-basis", "Delivery")
    await drawer.locator("#warranty-labour").fill("50")
    await drawer.locator("#warranty-remedies-refund").click()
    await drawer.locator("#warranty-transferable").click()
    await drawer.getByRole("button", { name: "Add", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await own
      .getByTestId("product-warranty-term-text")
      .getByText("36 months from delivery · parts 100 %, labour 50 % · repair, replace, refund · transferable")
      .waitFor()
    await variantRow("24 kW").getByText("As product").waitFor()
    await variantRow("30 kW").getByText("As product").waitFor()
    const { warranty_terms } = ok(await api("GET", `/admin/warranty-terms?product_id=${boiler.id}`), "product terms")
    expect(
      warranty_terms.length === 1 &&
        warranty_terms[0].duration_months === 36 &&
        warranty_terms[0].start_basis === "delivered" &&
        warranty_terms[0].labour_coverage_percent === 50 &&
        warranty_terms[0].remedies.join() === "repair,replace,refund" &&
        warranty_terms[0].transferable === true,
      `product term not stored as entered: ${JSON.stringify(warranty_terms)}`
    )
  })

  await step("product page: override one variant", async () => {
    await variantRow("30 kW").getByTestId("variant-warranty-term-add").click()
    const drawer = page.getByTestId("warranty-term-drawer")
    await drawer.waitFor()
    await drawer.locator("#warranty-months").fill("60")
    await drawer.getByRole("button", { name: "Add", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await variantRow("30 kW").getByText(/^60 months from fulfilment · parts 100 %, labour 100 % · repair, replace/).waitFor()
    await variantRow("24 kW").getByText("As product").waitFor()
    await shot("product-warranty-widget")
    const { warranty_terms } = ok(await api("GET", `/admin/warranty-terms?variant_id=${variant("30 kW").id}`), "variant terms")
    expect(
      warranty_terms.length === 1 && warranty_terms[0].duration_months === 60 && warranty_terms[0].product_id === null,
      `variant term not stored: ${JSON.stringify(warranty_terms)}`
    )
  })

  await step("product page: coverage above 100 % shows the API's message and changes nothing", async () => {
    await widget().getByTestId("product-warranty-term-actions").click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    const drawer = page.getByTestId("warranty-term-drawer")
    await drawer.waitFor()
    expect((await drawer.locator("#warranty-months").inputValue()) === "36", "the edit drawer does not start from the term")
    await drawer.locator("#warranty-parts").fill("150")
    await drawer.getByRole("button", { name: "Save", exact: true }).click()
    await drawer.getByText(/parts_coverage_percent/).waitFor()
    await shot("product-warranty-refused")
    await drawer.getByRole("button", { name: "Cancel", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    const { warranty_terms } = ok(await api("GET", `/admin/warranty-terms?product_id=${boiler.id}`), "product terms")
    expect(warranty_terms[0].parts_coverage_percent === 100, `a refused edit changed the term: ${JSON.stringify(warranty_terms)}`)
  })

  let orderId
  let units
  await step("order page: the empty state before any unit is registered", async () => {
    const region = ok(await api("POST", "/admin/regions", { name: `Warranty ${Date.now()}`, currency_code: "usd", countries: [] }), "region")
    const draft = ok(
      await api("POST", "/admin/draft-orders", {
        email: customer.email,
        customer_id: customer.id,
        region_id: region.region.id,
        items: [{ variant_id: variant("24 kW").id, quantity: 2 }],
      }),
      "draft order"
    )
    const { order } = ok(await api("POST", `/admin/draft-orders/${draft.draft_order.id}/convert-to-order`, {}), "convert")
    orderId = order.id
    await page.goto(`${base}/app/orders/${orderId}`)
    const objects = page.getByTestId("order-service-objects-widget")
    await objects.waitFor({ timeout: 60_000 })
    await objects.getByTestId("order-units-empty").waitFor()
    const [line] = ok(await api("GET", `/admin/orders/${orderId}?fields=items.id,items.variant_id`), "order").order.items
    const warrantyEnd = new Date(Date.now() + 3 * 365 * 86_400_000).toISOString()
    units = []
    for (let i = 0; i < 2; i++) {
      const created = ok(
        await api("POST", "/admin/service-objects", {
          customer_id: customer.id,
          order_id: orderId,
          order_line_item_id: line.id,
          product_variant_id: line.variant_id,
          warranty_end: warrantyEnd,
        }),
        `unit ${i + 1}`
      )
      units.push(created.service_object)
    }
  })

  await step("order page: enter a unit's serial number; it is stored", async () => {
    await page.reload()
    const objects = page.getByTestId("order-service-objects-widget")
    await objects.waitFor({ timeout: 60_000 })
    const row = objects.getByTestId("order-item-row").filter({ hasText: "ThermoMax boiler" })
    await row.getByText("2 of 2 registered").waitFor()
    const unit = row.locator(`[data-object-id="${units[0].id}"]`)
    await unit.getByText(/Active until/).waitFor()
    const form = unit.getByTestId("serial-number-form")
    expect(await form.getByRole("button", { name: "Save" }).isDisabled(), "Save is enabled before anything was typed")
    await form.locator(`#serial-${units[0].id}`).fill("TM24-2026-0001")
    await form.getByRole("button", { name: "Save" }).click()
    await unit.getByRole("link", { name: /TM24-2026-0001/ }).waitFor()
    await shot("order-unit-serials")
    const { service_object } = ok(await api("GET", `/admin/service-objects/${units[0].id}`), "unit")
    expect(service_object.serial_number === "TM24-2026-0001", `serial not stored: ${service_object.serial_number}`)
    const other = ok(await api("GET", `/admin/service-objects/${units[1].id}`), "other unit").service_object
    expect(!other.serial_number, `the other unit got a serial: ${other.serial_number}`)
  })
}
