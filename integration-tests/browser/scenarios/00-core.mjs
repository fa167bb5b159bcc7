// Core scenario: service object → service order → lines → stage moves, list filters,
// settings, and the customer/order widgets. Uses only what the harness passes in.
export default async function core(ctx) {
  const { page, base, customer, step, expect, api, shot, log, selectOption, optionsOf, pickCustomer, moveStage, stageBadgeText, typeDay } = ctx
  await step("sidebar shows Service and opens the service orders list", async () => {
    const link = page.getByRole("link", { name: "Service", exact: true })
    await link.first().waitFor({ timeout: 60_000 })
    await link.first().click()
    await page.waitForURL(/\/app\/service-orders$/)
    await page.getByRole("heading", { name: "Service orders" }).waitFor()
    await page.getByText("No service orders").first().waitFor()
    await shot("service-orders-empty")
  })

  let objectUrl
  await step("create a service object for the customer", async () => {
    await page.getByRole("link", { name: "Service objects", exact: true }).first().click()
    await page.waitForURL(/\/app\/service-objects$/)
    await page.getByRole("heading", { name: "Service objects" }).waitFor()
    await page.getByTestId("create-service-object-button").click()
    const drawer = page.getByTestId("service-object-drawer")
    await drawer.waitFor()
    await pickCustomer("obj-customer", customer.email)
    await drawer.locator("#obj-name").fill("Heat pump HP-200")
    await drawer.locator("#obj-serial").fill("SN-0001")
    await typeDay(drawer.locator("#obj-warranty"), "2031-06-30")
    await drawer.locator("#obj-variant").fill("HP-200-SKU")
    await page.getByRole("option", { name: /Heat pump · HP-200/ }).click()
    await page.getByTestId("obj-variant-selected").waitFor()
    await shot("service-object-create")
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await page.waitForURL(/\/app\/service-objects\/sobj_/)
    await page.getByTestId("service-object-name").getByText("Heat pump HP-200").waitFor()
    await page.getByText(/Active until/).first().waitFor()
    await page.getByRole("link", { name: "Heat pump", exact: true }).waitFor()
    await page.getByText("HP-200-SKU").waitFor()
    objectUrl = page.url()
    await shot("service-object-detail")
  })

  let orderUrl
  await step("create a service order for the object from the list page", async () => {
    await page.getByRole("link", { name: "Service", exact: true }).first().click()
    await page.waitForURL(/\/app\/service-orders$/)
    await page.getByTestId("create-service-order-button").click()
    const drawer = page.getByTestId("create-service-order")
    await drawer.waitFor()
    await pickCustomer("so-customer", customer.email)
    await selectOption("so-object", "Heat pump HP-200 · SN-0001")
    await drawer.locator("#so-title").fill("Annual maintenance")
    await drawer.locator("#so-description").fill("Yearly inspection and filter change.")
    await selectOption("so-priority", "High")
    await drawer.locator("#so-note").fill("Gate code 1234")
    await shot("service-order-create")
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await page.waitForURL(/\/app\/service-orders\/sord_/)
    await page.getByTestId("service-order-number").getByText(/^SO-\d+$/).waitFor()
    expect((await stageBadgeText()) === "Requested", `new order is in stage "${await stageBadgeText()}"`)
    await page.getByRole("link", { name: /Heat pump HP-200/ }).waitFor()
    await page.getByRole("link", { name: /Jane Doe/ }).waitFor()
    orderUrl = page.url()
  })

  await step("add a line and see the totals and margin", async () => {
    await page.getByTestId("add-line-button").click()
    const drawer = page.getByTestId("line-drawer")
    await drawer.waitFor()
    await drawer.locator("#line-description").fill("Inspection work")
    await drawer.locator("#line-quantity").fill("2")
    await drawer.locator("#line-unit-cost").fill("30")
    await drawer.locator("#line-unit-price").fill("80")
    await drawer.getByRole("button", { name: "Add", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await page.getByTestId("line-row").getByText("Inspection work").waitFor()
    await page.getByTestId("total-revenue").getByText(/160/).waitFor()
    await page.getByTestId("total-cost").getByText(/60/).waitFor()
    await page.getByTestId("total-margin").getByText(/100/).waitFor()
    const pct = (await page.getByTestId("total-margin-percent").innerText()).trim()
    expect(pct.startsWith("62.5"), `margin % shows "${pct}", expected 62.5 %`)
    await shot("service-order-with-line")
  })

  await step("the work description button opens the order's PDF in a new tab", async () => {
    const button = page.getByTestId("work-description-button")
    expect((await button.getAttribute("target")) === "_blank", "the work description opens in a new tab")
    const responded = page.context().waitForEvent("response", (r) => r.url().includes("/work-description"))
    const [tab] = await Promise.all([page.context().waitForEvent("page"), button.click()])
    const response = await responded
    const type = response.headers()["content-type"] ?? ""
    expect(response.status() === 200 && type.startsWith("application/pdf"), `work description answered ${response.status()} ${type}`)
    await tab.close()
    // The tab hands the bytes to Chromium's PDF viewer: read them again with the page's session.
    const again = await page.context().request.get(response.url())
    const head = (await again.body()).subarray(0, 5).toString()
    expect(again.status() === 200 && head === "%PDF-", `the work description link gives ${again.status()} "${head}"`)
    await page.getByTestId("job-receipt-button").waitFor()
  })

  await step("edit a line, delete a line, edit the header", async () => {
    // A second line, edited, then deleted: totals return to the first line's.
    await page.getByTestId("add-line-button").click()
    let drawer = page.getByTestId("line-drawer")
    await drawer.locator("#line-description").fill("Call-out fee")
    await selectOption("line-type", "Fee")
    await drawer.locator("#line-unit-price").fill("25")
    await drawer.getByRole("button", { name: "Add", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await page.getByTestId("total-revenue").getByText(/185/).waitFor()
    const feeRow = page.getByTestId("line-row").filter({ hasText: "Call-out fee" })
    await feeRow.getByTestId("line-actions").click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    drawer = page.getByTestId("line-drawer")
    await drawer.locator("#line-unit-price").fill("40")
    await drawer.getByRole("button", { name: "Save", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await page.getByTestId("total-revenue").getByText(/200/).waitFor()
    await feeRow.getByTestId("line-actions").click()
    await page.getByRole("menuitem", { name: "Delete" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click()
    await feeRow.waitFor({ state: "detached" })
    await page.getByTestId("total-revenue").getByText(/160/).waitFor()
    // Header edit.
    await page.getByTestId("service-order-actions").click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    drawer = page.getByTestId("edit-service-order")
    await drawer.locator("#edit-title").fill("Annual maintenance 2026")
    await drawer.getByRole("button", { name: "Save", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await page.getByText("Annual maintenance 2026").first().waitFor()
  })

  await step("only the allowed next stages are offered (illegal moves impossible)", async () => {
    await page.getByTestId("move-stage-button").click()
    await page.getByTestId("move-stage-drawer").waitFor()
    const offered = await optionsOf("move-target")
    expect(
      JSON.stringify(offered) === JSON.stringify(["Scheduled", "In progress", "Cancelled"]),
      `offered ${JSON.stringify(offered)} from Requested`
    )
    await shot("move-stage-options")
    await page.getByTestId("move-stage-drawer").getByRole("button", { name: "Cancel" }).click()
    await page.getByTestId("move-stage-drawer").waitFor({ state: "detached" })
    // The API refuses the same illegal move with a clear message; the UI never sends it.
    const id = orderUrl.split("/").pop()
    const illegal = await api("POST", `/admin/service-orders/${id}/transition`, { to_stage: "closed" })
    expect(illegal.status === 400, `illegal move answered ${illegal.status}`)
    log(`     API refuses requested → closed: ${illegal.json.message}`)
  })

  await step("move requested → scheduled → in_progress", async () => {
    await moveStage("Scheduled", { note: "Technician booked for Monday" })
    await moveStage("In progress")
    const entries = page.getByTestId("timeline-entry")
    expect((await entries.count()) === 3, `timeline has ${await entries.count()} entries, expected 3`)
    await page.getByTestId("stage-timeline").getByText("Technician booked for Monday").waitFor()
  })

  await step("move in_progress → completed locks the lines", async () => {
    await moveStage("Completed", { note: "Filters replaced" })
    await page.getByTestId("lines-locked").waitFor()
    expect(await page.getByTestId("add-line-button").isDisabled(), "Add line should be disabled in Completed")
    await shot("service-order-completed")
  })

  await step("move completed → closed; final stage cannot move on", async () => {
    await moveStage("Closed")
    expect(await page.getByTestId("move-stage-button").isDisabled(), "Move stage should be disabled in Closed")
    const timeline = page.getByTestId("stage-timeline")
    const codes = await page.getByTestId("timeline-entry").evaluateAll((els) => els.map((e) => e.getAttribute("data-to")))
    expect(
      JSON.stringify(codes) === JSON.stringify(["closed", "completed", "in_progress", "scheduled", "requested"]),
      `timeline shows ${JSON.stringify(codes)}`
    )
    await timeline.getByText("Filters replaced").waitFor()
    await page.getByTestId("total-margin").getByText(/100/).waitFor()
    await shot("service-order-closed")
  })

  await step("cancelling asks for a reason", async () => {
    const created = await api("POST", "/admin/service-orders", {
      customer_id: customer.id,
      title: "Noise complaint",
    })
    expect(created.status === 200, `create failed: ${created.status} ${JSON.stringify(created.json)}`)
    await page.goto(`${base}/app/service-orders/${created.json.service_order.id}`)
    await page.getByTestId("move-stage-button").click()
    const drawer = page.getByTestId("move-stage-drawer")
    await selectOption("move-target", "Cancelled")
    await page.getByTestId("move-reason").waitFor()
    expect(await drawer.getByRole("button", { name: "Move", exact: true }).isDisabled(), "Move must wait for a reason")
    await selectOption("move-reason", "Duplicate request")
    await drawer.getByRole("button", { name: "Move", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await page.getByTestId("stage-timeline").getByText("Reason: Duplicate request").waitFor()
  })

  await step("a move from a stale page is refused naming the stage now; Retry moves from that stage", async () => {
    const created = await api("POST", "/admin/service-orders", { customer_id: customer.id, title: "Stale page move" })
    expect(created.status === 200, `create failed: ${created.status} ${JSON.stringify(created.json)}`)
    const id = created.json.service_order.id
    await page.goto(`${base}/app/service-orders/${id}`)
    await page.getByTestId("service-order-stage").getByText("Requested", { exact: true }).waitFor()
    // Someone else schedules the order behind the page's back.
    const behind = await api("POST", `/admin/service-orders/${id}/transition`, { to_stage: "scheduled", from_stage_code: "requested" })
    expect(behind.status === 200, `move behind the page answered ${behind.status}`)
    await page.getByTestId("move-stage-button").click()
    const drawer = page.getByTestId("move-stage-drawer")
    await selectOption("move-target", "In progress")
    await drawer.getByRole("button", { name: "Move", exact: true }).click()
    // The page says which stage the order is in now, shows it, and offers to retry (the drawer
    // closes so that the toast can be used).
    await page.getByText(`${created.json.service_order.number} is now in stage "Scheduled" (scheduled)`, { exact: false }).first().waitFor()
    await drawer.waitFor({ state: "detached" })
    await page.getByTestId("service-order-stage").getByText("Scheduled", { exact: true }).waitFor()
    await shot("stale-move-conflict")
    const still = await api("GET", `/admin/service-orders/${id}`)
    expect(still.json.service_order.stage.code === "scheduled", `the refused move changed the stage to ${still.json.service_order.stage.code}`)
    await page.getByRole("button", { name: "Retry", exact: true }).click()
    await page.getByTestId("service-order-stage").getByText("In progress", { exact: true }).waitFor()
    const after = await api("GET", `/admin/service-orders/${id}`)
    const moves = after.json.service_order.stage_transitions.map((t) => `${t.from_stage_code}>${t.to_stage_code}`).sort()
    expect(
      JSON.stringify(moves) === JSON.stringify(["null>requested", "requested>scheduled", "scheduled>in_progress"]),
      `history is ${JSON.stringify(moves)}`
    )
  })

  await step("list filters by stage and search", async () => {
    await page.goto(`${base}/app/service-orders`)
    await page.getByText("Annual maintenance").waitFor()
    await selectOption("filter-stage", "Closed")
    await page.getByText("Noise complaint").waitFor({ state: "detached" })
    await page.getByText("Annual maintenance").waitFor()
    await selectOption("filter-stage", "All stages")
    await page.getByPlaceholder("Search number or title").fill("Noise")
    await page.getByText("Annual maintenance").waitFor({ state: "detached" })
    await page.getByText("Noise complaint").waitFor()
    await page.getByPlaceholder("Search number or title").fill("")
    await page.getByText("Annual maintenance").waitFor()
    await shot("service-orders-list")
  })

  await step("object detail lists its service order", async () => {
    await page.goto(objectUrl)
    // In the orders table: the Timeline section names the same order once it has loaded.
    await page.getByRole("table").getByText("Annual maintenance").waitFor()
  })

  await step("settings page shows stages and tasks", async () => {
    await page.goto(`${base}/app/settings/service`)
    await page.getByTestId("stages-table").waitFor()
    expect((await page.getByTestId("stage-row").count()) === 6, "expected the six default stages")
    await shot("settings-stages")
    await page.getByRole("tab", { name: "Service tasks" }).click()
    await page.getByTestId("create-task-button").click()
    const drawer = page.getByTestId("task-drawer")
    await drawer.locator("#task-code").fill("INSPECT-01")
    await drawer.locator("#task-name").fill("Annual inspection")
    await drawer.locator("#task-duration").fill("90")
    await drawer.locator("#task-price").fill("120")
    await drawer.locator("#task-skills").fill("hvac")
    await drawer.locator("#task-skills").press("Enter")
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await page.getByRole("cell", { name: "Annual inspection", exact: true }).waitFor()
    await page.getByRole("cell", { name: "90 min" }).waitFor()
    await shot("settings-tasks")
  })

  await step("customer page widget shows the customer's objects", async () => {
    await page.goto(`${base}/app/customers/${customer.id}`)
    const widget = page.getByTestId("customer-service-widget")
    await widget.waitFor({ timeout: 30_000 })
    await widget.getByText("Heat pump HP-200").waitFor()
    await shot("customer-widget")
  })

  await step("order page widget registers an object per line item", async () => {
    const region = await api("POST", "/admin/regions", { name: "US", currency_code: "usd" })
    expect(region.status === 200, `region create failed: ${region.status} ${JSON.stringify(region.json)}`)
    const draft = await api("POST", "/admin/draft-orders", {
      region_id: region.json.region.id,
      customer_id: customer.id,
      email: customer.email,
      items: [{ title: "Water softener WS-9", unit_price: 899, quantity: 2 }],
    })
    expect(draft.status === 200, `draft order create failed: ${draft.status} ${JSON.stringify(draft.json)}`)
    const converted = await api("POST", `/admin/draft-orders/${draft.json.draft_order.id}/convert-to-order`)
    expect(converted.status === 200, `draft order convert failed: ${converted.status} ${JSON.stringify(converted.json)}`)
    const orderId = converted.json.order.id
    await page.goto(`${base}/app/orders/${orderId}`)
    const widget = page.getByTestId("order-service-objects-widget")
    await widget.waitFor({ timeout: 30_000 })
    const row = widget.getByTestId("order-item-row").filter({ hasText: "Water softener WS-9" })
    await row.getByText("0 of 2 registered").waitFor()
    await row.getByRole("button", { name: "Register object" }).click()
    const drawer = page.getByTestId("service-object-drawer")
    await drawer.waitFor()
    expect((await drawer.locator("#obj-name").inputValue()) === "Water softener WS-9", "name is pre-filled from the line")
    await drawer.locator("#obj-serial").fill("WS-9-0042")
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await row.getByText("1 of 2 registered").waitFor()
    await row.getByRole("link", { name: /Water softener WS-9 · WS-9-0042/ }).waitFor()
    await shot("order-widget")
    // The object knows where it came from.
    await row.getByRole("link", { name: /Water softener WS-9 · WS-9-0042/ }).click()
    await page.getByTestId("origin-order-link").waitFor()
  })

}
