// Agreements and SLAs: an SLA with a business calendar created in Settings › Service › SLAs
// (with the API's overlap message shown), an agreement with an RRULE line (recurrence in words
// and next dates from the API, the API's error for an unknown rule), activation (and the API's
// refusal before there is a line), generation of orders, a generated order's SLA clock, a pause
// recorded with its log entry, the agreement on the customer widget, and a line's visit allowance
// with its balance (a half-given allowance refused in the drawer).
const DAY = 24 * 60 * 60 * 1000
const isoDay = (d) => d.toISOString().slice(0, 10)

export default async function agreementsAndSlas(ctx) {
  const { page, base, customer, step, expect, api, shot, selectOption, optionsOf, pickCustomer, typeDay } = ctx

  let groupName
  await step("agreements: API setup (customer group, service object)", async () => {
    groupName = `VIP ${Date.now()}`
    const group = await api("POST", "/admin/customer-groups", { name: groupName })
    expect(group.status === 200, `customer group create failed: ${group.status} ${JSON.stringify(group.json)}`)
    const object = await api("POST", "/admin/service-objects", { customer_id: customer.id, name: "Boiler B-7", serial_number: "SN-B7" })
    expect(object.status === 200, `service object create failed: ${object.status} ${JSON.stringify(object.json)}`)
  })

  await step("SLAs: create an SLA with a calendar; the API's overlap message is shown", async () => {
    await page.goto(`${base}/app/settings/service?tab=slas`)
    await page.getByTestId("sla-section").waitFor({ timeout: 60_000 })
    await page.getByText("No SLAs").first().waitFor()
    await page.getByTestId("create-sla-button").click()
    const drawer = page.getByTestId("sla-drawer")
    await drawer.waitFor()
    await drawer.locator("#sla-code").fill("GOLD")
    await drawer.locator("#sla-name").fill("Gold")
    await drawer.locator("#sla-response-hours").fill("4")
    await drawer.locator("#sla-resolution-hours").fill("24")
    // Time zone: clear the browser's zone, search, pick.
    await drawer.getByTestId("sla-timezone-selected").getByRole("button", { name: "Clear selection" }).click()
    await drawer.locator("#sla-timezone").fill("Berlin")
    await page.getByRole("option", { name: "Europe/Berlin" }).click()
    await drawer.getByTestId("sla-timezone-selected").getByText("Europe/Berlin").waitFor()
    // Monday gets a second period overlapping the default 08:00–17:00.
    await drawer.getByTestId("add-period-1").click()
    await drawer.getByTestId("period-1-1-start").fill("16:00")
    await drawer.getByTestId("period-1-1-end").fill("18:00")
    // Saturday morning opens.
    await drawer.getByTestId("add-period-6").click()
    await drawer.getByTestId("period-6-0-end").fill("12:00")
    await drawer.getByTestId("add-holiday").click()
    await typeDay(drawer.locator("#holiday-0-from"), "2030-12-24")
    await typeDay(drawer.locator("#holiday-0-to"), "2030-12-26")
    await drawer.locator("#holiday-0-name").fill("Christmas")
    await drawer.getByText(groupName, { exact: true }).click()
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    const error = drawer.getByTestId("sla-error")
    await error.waitFor()
    const message = await error.innerText()
    expect(/overlaps/.test(message) && /16:00/.test(message), `overlap message not shown: "${message}"`)
    await shot("sla-overlap-error")
    // Fix it: remove the overlapping period.
    await drawer.getByTestId("remove-period-1-1").click()
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    const row = page.locator("tr", { hasText: "GOLD" })
    await row.waitFor()
    const text = await row.innerText()
    for (const part of ["Gold", "4 h", "24 h", "Europe/Berlin", groupName, "Active"]) {
      expect(text.includes(part), `SLA row lacks "${part}": ${text}`)
    }
    const { json } = await api("GET", "/admin/service-level-agreements?code=GOLD")
    const sla = json.service_level_agreements[0]
    expect(sla.working_hours["6"][0].start === "08:00" && sla.working_hours["6"][0].end === "12:00", `Saturday hours: ${JSON.stringify(sla.working_hours)}`)
    expect(sla.working_hours["1"].length === 1, `Monday periods: ${JSON.stringify(sla.working_hours["1"])}`)
    expect(sla.holidays[0].name === "Christmas" && sla.holidays[0].to === "2030-12-26", `holidays: ${JSON.stringify(sla.holidays)}`)
    await shot("sla-list")
  })

  await step("stages: the stage drawer offers the SLA actions", async () => {
    await page.goto(`${base}/app/settings/service?tab=stages`)
    await page.getByTestId("create-stage-button").click()
    const names = await optionsOf("stage-sla-action")
    expect(names.length === 5 && names[0] === "None" && names.some((n) => n.startsWith("Pause")), `SLA actions: ${names.join(" | ")}`)
    await page.keyboard.press("Escape")
    await page.getByTestId("stage-drawer").waitFor({ state: "detached" })
  })

  let agreementUrl
  let number
  await step("agreements: create one from the sidebar; activating without lines shows the API's refusal", async () => {
    // The settings pages have their own sidebar; the Service section lives in the main one.
    await page.goto(`${base}/app/service-orders`)
    await page.getByRole("link", { name: "Agreements", exact: true }).first().click()
    await page.waitForURL(/\/app\/service-agreements$/)
    await page.getByRole("heading", { name: "Service agreements" }).waitFor()
    await page.getByTestId("create-agreement-button").click()
    const drawer = page.getByTestId("create-agreement-drawer")
    await drawer.waitFor()
    await pickCustomer("agr-customer", customer.email)
    await drawer.locator("#agr-name").fill("Boiler care")
    await typeDay(drawer.locator("#agr-valid-from"), isoDay(new Date()))
    await selectOption("agr-sla", "Gold (GOLD)")
    await drawer.locator("#agr-currency").fill("usd")
    await drawer.locator("#agr-group").fill("boilers")
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await page.waitForURL(/\/app\/service-agreements\/sagr_/)
    agreementUrl = page.url()
    number = (await page.getByTestId("agreement-number").innerText()).trim()
    expect(/^SA-\d+$/.test(number), `agreement number "${number}"`)
    await page.getByTestId("agreement-status").getByText("Draft").waitFor()
    await page.getByTestId("agreement-sla").getByText(/Gold \(GOLD\)/).waitFor()
    expect(!(await page.getByTestId("agreement-action-suspend").count()), "a draft offers suspend")
    await page.getByTestId("agreement-action-activate").click()
    await page.getByText(/has no lines; add at least one line before activating it/).first().waitFor()
    await page.getByTestId("agreement-status").getByText("Draft").waitFor()
  })

  await step("agreements: add a line with an RRULE; see the API's error, the rule in words and the next dates", async () => {
    await page.getByTestId("add-agreement-line").click()
    const drawer = page.getByTestId("agreement-line-drawer")
    await drawer.waitFor()
    await selectOption("agl-type", "Hour")
    await selectOption("agl-object", "Boiler B-7 · SN-B7")
    await drawer.locator("#agl-description").fill("Boiler inspection")
    await drawer.locator("#agl-quantity").fill("2")
    await drawer.locator("#agl-unit-price").fill("90")
    await drawer.locator("#agl-unit-cost").fill("40")
    await drawer.locator("#agl-recurrence").fill("FREQ=SOMETIMES")
    const err = drawer.getByTestId("recurrence-error")
    await err.waitFor()
    expect(/recurrence/i.test(await err.innerText()), `RRULE error: ${await err.innerText()}`)
    await drawer.locator("#agl-recurrence").fill("FREQ=WEEKLY;BYDAY=MO")
    await drawer.getByTestId("recurrence-text").getByText("Every week on Monday").waitFor()
    const next = (await drawer.getByTestId("recurrence-next").innerText()).trim()
    expect(next.startsWith("Next:") && next.split(",").length >= 5, `next dates: "${next}"`)
    await shot("agreement-line-rrule")
    await drawer.getByRole("button", { name: "Add", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    const row = page.getByTestId("agreement-line-row")
    await row.getByTestId("line-recurrence-text").getByText("Every week on Monday").waitFor()
    await row.getByRole("link", { name: "Boiler B-7" }).waitFor()
    await row.getByTestId("line-next-dates").waitFor()
    const dates = await row.getByTestId("line-next-dates").locator("span").count()
    expect(dates === 3, `line shows ${dates} next dates`)
    // 2 h × 90 per Monday: the billing comes from the API.
    await page.getByTestId("agreement-billing").getByText(/180/).first().waitFor()
    const revenue = (await page.getByTestId("billing-revenue").innerText()).replace(/[^0-9.]/g, "")
    expect(Number(revenue) >= 180 * 52, `12-month revenue ${revenue}`)
  })

  await step("agreements: a line with a visit allowance shows its balance", async () => {
    await page.getByTestId("add-agreement-line").click()
    const drawer = page.getByTestId("agreement-line-drawer")
    await drawer.waitFor()
    await selectOption("agl-type", "Fee")
    await drawer.locator("#agl-description").fill("Breakdown visits")
    await drawer.locator("#agl-quantity").fill("1")
    await drawer.locator("#agl-unit-price").fill("0")
    // Half an allowance is refused in the form, naming the rule.
    await drawer.locator("#agl-allowance-quantity").fill("4")
    await drawer.getByRole("button", { name: "Add", exact: true }).click()
    await drawer.getByText(/allowance, its unit and its period together/).waitFor()
    await selectOption("agl-allowance-unit", "Visits")
    await selectOption("agl-allowance-period", "Year")
    await drawer.locator("#agl-overage-price").fill("60")
    await drawer.getByRole("button", { name: "Add", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    const cell = page.getByTestId("line-allowance")
    await cell.getByText("0 of 4 visits used · 4 left").waitFor()
    await cell.getByText(/per Year since/).waitFor()
  })

  let orderNumbers
  await step("agreements: activate, then generate orders and see them listed", async () => {
    await page.getByTestId("agreement-action-activate").click()
    await page.getByTestId("agreement-status").getByText("Active").waitFor()
    for (const a of ["suspend", "expire", "cancel"]) {
      await page.getByTestId(`agreement-action-${a}`).waitFor()
    }
    expect(!(await page.getByTestId("agreement-action-activate").count()), "an active agreement still offers activate")
    // 14 consecutive days hold exactly two Mondays.
    await typeDay(page.locator("#generate-until"), isoDay(new Date(Date.now() + 13 * DAY)))
    await page.getByTestId("generate-orders-button").click()
    await page.getByTestId("generate-result").getByText("Created 2 service orders.").waitFor()
    const rows = page.getByTestId("agreement-order-row")
    await rows.nth(1).waitFor()
    expect((await rows.count()) === 2, `listed ${await rows.count()} generated orders`)
    orderNumbers = (await rows.allInnerTexts()).map((t) => t.split(/\s/)[0])
    // Again: nothing twice.
    await page.getByTestId("generate-orders-button").click()
    await page.getByTestId("generate-result").getByText(/No new orders/).waitFor()
    expect((await rows.count()) === 2, "a second generation listed more orders")
    await shot("agreement-generated")
  })

  await step("generated order: the SLA clock, then a pause with its log entry", async () => {
    await page.getByTestId("agreement-order-row").first().getByRole("link").click()
    await page.waitForURL(/\/app\/service-orders\/sord_/)
    const section = page.getByTestId("service-order-sla")
    await section.getByTestId("service-order-sla-name").getByText(/Gold \(GOLD\) · Europe\/Berlin/).waitFor()
    await section.getByTestId("service-order-agreement-link").getByText(new RegExp(number)).waitFor()
    await section.getByTestId("sla-response-status").getByText("Running").waitFor()
    await section.getByTestId("sla-resolution-status").getByText("Running").waitFor()
    const targets = await section.getByTestId("sla-resolution").innerText()
    expect(targets.includes("24 h"), `resolution row: ${targets}`)
    await section.getByTestId("sla-log-row").first().getByText("Start").waitFor()
    await section.getByTestId("record-sla-event-button").click()
    const drawer = page.getByTestId("record-sla-event-drawer")
    await drawer.waitFor()
    await drawer.locator("#sla-event-reason").fill("waiting_for_customer")
    await drawer.locator("#sla-event-note").fill("Customer is away until Friday")
    await drawer.getByRole("button", { name: "Record", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await section.getByTestId("sla-resolution-status").getByText("Paused").waitFor()
    await section.getByTestId("sla-response-status").getByText("Paused").waitFor()
    await section.getByTestId("sla-paused").waitFor()
    const last = section.getByTestId("sla-log-row").last()
    await last.getByText("waiting_for_customer").waitFor()
    const text = await last.innerText()
    expect(text.includes("Pause") && text.includes("Customer is away"), `log entry: ${text}`)
    await shot("service-order-sla-paused")
    // The link back to the agreement.
    await section.getByTestId("service-order-agreement-link").click()
    await page.waitForURL(agreementUrl)
    await page.getByTestId("agreement-number").getByText(number).waitFor()
  })

  await step("agreements: the list shows it active with its next generation; the customer widget lists it", async () => {
    await page.getByRole("link", { name: "Agreements", exact: true }).first().click()
    await page.waitForURL(/\/app\/service-agreements$/)
    await selectOption("filter-agreement-status", "Active")
    const row = page.locator("tr", { hasText: number })
    await row.waitFor()
    const text = await row.innerText()
    expect(text.includes("Active") && text.includes("Gold") && text.includes("Jane"), `list row: ${text}`)
    // The next due Monday, as the API computes it, in the next-generation column.
    const { json } = await api("GET", `/admin/service-agreements?status=active&fields=+lines.recurrence,+lines.valid_from,+lines.valid_to,+suspensions`)
    const next = json.service_agreements.find((a) => a.number === number)?.next_occurrence
    expect(next && new Date(`${next}T00:00:00Z`).getUTCDay() === 1, `next_occurrence ${next}`)
    // Formatted as the page formats it (the browser's locale).
    const shown = await page.evaluate(
      (day) => new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }),
      next
    )
    expect(text.includes(shown), `list row lacks next generation ${shown}: ${text}`)
    await page.goto(`${base}/app/customers/${customer.id}`)
    const widget = page.getByTestId("customer-agreements")
    await widget.waitFor({ timeout: 60_000 })
    const agr = widget.getByTestId("customer-agreement-row").filter({ hasText: number })
    await agr.getByText("Active").waitFor()
    await agr.click()
    await page.waitForURL(agreementUrl)
    await shot("customer-agreements")
    expect(orderNumbers.every((n) => /^SO-\d+$/.test(n)), `generated order numbers: ${orderNumbers.join(", ")}`)
  })
}
