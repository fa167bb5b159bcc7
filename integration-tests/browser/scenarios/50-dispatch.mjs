// Dispatch: a team and a technician (linked to a second admin user, 08:00–17:00 every day) created
// in Settings › Service;
// on the board an order is dragged from the queue onto the technician's row (a block appears and
// the API stores the window), the block is moved, its end edge is dragged, a move onto another
// assignment shows the API's 409 message and snaps back, a drop after hours asks for an override
// (recorded with its note); the order page lists the assignments; My work shows them to the
// technician and a clear message to an admin user who is no technician.
export default async function dispatch(ctx) {
  const { page, base, customer, step, expect, api, shot, inviteAdmin, loginAs } = ctx
  const email = "tom.tech@example.com"
  const password = "technician-secret-1"

  // The day planned on: tomorrow, or today on a Sunday, so that it stays in this week (My work).
  const { day, timezone } = await page.evaluate(() => {
    const now = new Date()
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + (now.getDay() === 0 ? 0 : 1))
    const pad = (n) => String(n).padStart(2, "0")
    return { day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, timezone: Intl.DateTimeFormat().resolvedOptions().timeZone }
  })
  // Local wall time of the planned day → ISO, computed in the browser's zone (the board's zone).
  const at = (hh, mm = 0) => page.evaluate(([d, h, m]) => {
    const [y, mo, da] = d.split("-").map(Number)
    return new Date(y, mo - 1, da, h, m).toISOString()
  }, [day, hh, mm])
  const localHour = (iso) => page.evaluate((v) => { const d = new Date(v); return d.getHours() + d.getMinutes() / 60 }, iso)

  let userId
  let technician
  const orders = {}
  await step("dispatch: API setup (a second admin user for the technician, three open orders)", async () => {
    userId = (await inviteAdmin(email, password, { first_name: "Tom", last_name: "Tech" })).id
    const hours = [{ start: "08:00", end: "17:00" }]
    const other = await api("POST", "/admin/technicians", { first_name: "Una", last_name: "Unteamed", timezone, working_hours: { 1: hours } })
    expect(other.status === 200, `technician without a team: ${other.status} ${JSON.stringify(other.json)}`)
    for (const [key, title] of [["a", "Boiler service"], ["b", "Leaking valve"], ["c", "Evening inspection"]]) {
      const { status, json } = await api("POST", "/admin/service-orders", { customer_id: customer.id, title })
      expect(status === 200, `order ${key}: ${status} ${JSON.stringify(json)}`)
      orders[key] = json.service_order
    }
  })

  await step("settings: create a team and a technician linked to the admin user", async () => {
    await page.goto(`${base}/app/settings/service?tab=teams`)
    await page.getByTestId("create-team-button").click()
    const teamDrawer = page.getByTestId("team-drawer")
    await teamDrawer.locator("#team-name").fill("North")
    await teamDrawer.getByRole("button", { name: "Create", exact: true }).click()
    await teamDrawer.waitFor({ state: "detached" })
    await page.getByTestId("team-section").getByText("North").waitFor()

    await page.goto(`${base}/app/settings/service?tab=technicians`)
    await page.getByTestId("create-technician-button").click()
    const drawer = page.getByTestId("technician-drawer")
    await drawer.locator("#technician-first-name").fill("Tom")
    await drawer.locator("#technician-last-name").fill("Tech")
    await drawer.locator("#technician-email").fill(email)
    await ctx.selectOption("technician-team", "North")
    await drawer.locator("#technician-user").fill("tom.tech")
    await page.getByRole("option", { name: /tom\.tech@example\.com/ }).click()
    await drawer.getByTestId("technician-user-selected").waitFor()
    // Weekdays default to 08:00–17:00; the weekend opens too, so the planned day is a working day.
    await drawer.getByTestId("add-period-6").click()
    await drawer.getByTestId("add-period-7").click()
    await shot("technician-drawer")
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    const listed = page.getByTestId("technician-section").locator("tr", { hasText: "Tom Tech" })
    await listed.waitFor()
    expect((await listed.innerText()).includes("North"), `technician row: ${await listed.innerText()}`)
    const { json } = await api("GET", `/admin/technicians?q=Tom&fields=${encodeURIComponent("+user.email")}`)
    technician = json.technicians.find((t) => t.first_name === "Tom")
    expect(technician?.user_id === userId && technician.timezone === timezone, `stored technician: ${JSON.stringify(technician)}`)
    expect(technician.working_hours["6"]?.[0]?.start === "08:00" && technician.working_hours["1"]?.[0]?.end === "17:00", `hours: ${JSON.stringify(technician.working_hours)}`)
  })

  await step("settings: an absence added on the technician's drawer", async () => {
    await page.getByTestId("technician-section").locator("tr", { hasText: "Tom Tech" }).click()
    const drawer = page.getByTestId("technician-drawer")
    await drawer.getByTestId("absences").getByText("No absences.").waitFor()
    await drawer.getByTestId("absence-from").fill(`${day}T16:00`)
    await drawer.getByTestId("absence-to").fill(`${day}T17:00`)
    await ctx.selectOption("absence-reason", "Training")
    await drawer.getByTestId("add-absence").click()
    await drawer.getByTestId("absence-row").getByText("Training").waitFor()
    await page.keyboard.press("Escape")
    await drawer.waitFor({ state: "detached" })
    const { json } = await api("GET", `/admin/technicians/${technician.id}/absences`)
    const [absence] = json.absences
    expect(absence?.reason === "training" && (await localHour(absence.starts_at)) === 16, `stored absence: ${JSON.stringify(json)}`)
  })

  const row = () => page.locator(`[data-testid="board-row"][data-technician-id="${technician.id}"]`)
  const timeline = () => row().getByTestId("board-row-timeline")
  const block = (number) => row().locator(`[data-testid="assignment-block"][data-order-number="${number}"]`)
  /** x of a local time on the day view (06:00–20:00), a quarter into its 30-minute slot. */
  const xOf = async (hours) => {
    const box = await timeline().boundingBox()
    return box.x + box.width * ((hours - 6 + 0.125) / 14)
  }
  /** A queued order's box, scrolled into view first (older orders of other scenarios come before). */
  const queueCard = async (number) => {
    const card = page.locator(`[data-testid="queue-order"][data-order-number="${number}"]`)
    await card.scrollIntoViewIfNeeded()
    return card.boundingBox()
  }
  const drag = async (from, to) => {
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(from.x + 8, from.y + 2, { steps: 2 }) // past the sensor's activation distance
    await page.mouse.move(to.x, to.y, { steps: 12 })
    await page.mouse.up()
  }
  const assignmentsOf = async (orderId) => {
    const { status, json } = await api("GET", `/admin/service-orders/${orderId}/assignments`)
    expect(status === 200, `assignments: ${status} ${JSON.stringify(json)}`)
    return json.assignments.filter((a) => a.status !== "cancelled")
  }
  /** The order's live assignment once `ok(assignment, startHour, endHour)` holds (the board saves after the drop). */
  const settled = async (orderId, ok) => {
    let a
    for (let i = 0; i < 40; i++) {
      ;[a] = await assignmentsOf(orderId)
      if (a && ok(a, await localHour(a.starts_at), await localHour(a.ends_at))) {
        return a
      }
      await page.waitForTimeout(250)
    }
    throw new Error(`assignment of ${orderId} did not reach the expected state: ${JSON.stringify(a)}`)
  }

  await step("board: the queue lists the open orders and the technician has a row", async () => {
    await page.goto(`${base}/app/dispatch?date=${day}&team=${technician.team_id}`)
    await timeline().waitFor({ timeout: 60_000 })
    for (const o of Object.values(orders)) {
      await page.locator(`[data-testid="queue-order"][data-order-number="${o.number}"]`).waitFor()
    }
    expect((await row().getByTestId("working-period").count()) >= 1, "working hours are shaded on the row")
    expect((await row().getByTestId("absence").innerText()).includes("Training"), "the absence is hatched on the row")
    await shot("dispatch-board")
  })

  await step("board: dragging a queued order onto the row assigns it at the slot under the pointer", async () => {
    const card = await queueCard(orders.a.number)
    const box = await timeline().boundingBox()
    await drag({ x: card.x + card.width / 2, y: card.y + card.height / 2 }, { x: await xOf(9), y: box.y + box.height / 2 })
    await block(orders.a.number).waitFor()
    await page.locator(`[data-testid="queue-order"][data-order-number="${orders.a.number}"]`).waitFor({ state: "detached" })
    await settled(orders.a.id, (a, start, end) => a.technician_id === technician.id && start === 9 && end === 10)
    await shot("dispatch-assigned")
  })

  await step("board: dragging the block two hours later moves it", async () => {
    const b = await block(orders.a.number).boundingBox()
    const slot = (await timeline().boundingBox()).width / 28
    const from = { x: b.x + b.width / 4, y: b.y + b.height / 2 }
    await drag(from, { x: from.x + 4 * slot, y: from.y })
    await settled(orders.a.id, (_, start, end) => start === 11 && end === 12)
  })

  await step("board: dragging the block's end edge changes its end", async () => {
    const handle = await block(orders.a.number).getByTestId("block-resize").boundingBox()
    await drag({ x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 }, { x: await xOf(12), y: handle.y + handle.height / 2 })
    await settled(orders.a.id, (_, start, end) => start === 11 && end === 12.5)
  })

  await step("board: a move onto another assignment shows the API's conflict and snaps back", async () => {
    const other = await api("POST", `/admin/service-orders/${orders.b.id}/assignments`, {
      technician_id: technician.id,
      starts_at: await at(14),
      ends_at: await at(15),
    })
    expect(other.status === 200, `second assignment: ${other.status} ${JSON.stringify(other.json)}`)
    await page.reload()
    await block(orders.b.number).waitFor()
    const b = await block(orders.a.number).boundingBox()
    const slot = (await timeline().boundingBox()).width / 28
    const from = { x: b.x + slot / 4, y: b.y + b.height / 2 }
    await drag(from, { x: from.x + 6 * slot, y: from.y }) // 11:00 → 14:00
    const toast = page.getByText(/already has/).first()
    await toast.waitFor()
    const message = await toast.innerText()
    expect(message.includes(orders.b.number), `conflict message names the other order: "${message}"`)
    await shot("dispatch-conflict")
    const [a] = await assignmentsOf(orders.a.id)
    expect((await localHour(a.starts_at)) === 11, `unchanged after the conflict: ${a.starts_at}`)
    // Snapped back: the block is where it was.
    const after = await block(orders.a.number).boundingBox()
    expect(Math.abs(after.x - b.x) < 2, `block snapped back (${b.x} → ${after.x})`)
  })

  await step("board: a drop after working hours asks for an override and records it", async () => {
    const card = await queueCard(orders.c.number)
    const box = await timeline().boundingBox()
    await drag({ x: card.x + card.width / 2, y: card.y + card.height / 2 }, { x: await xOf(18), y: box.y + box.height / 2 })
    const prompt = page.getByTestId("override-prompt")
    await prompt.waitFor()
    const violations = await prompt.getByTestId("override-violations").innerText()
    expect(/outside working hours/i.test(violations), `violations listed: ${violations}`)
    await prompt.getByTestId("override-note").fill("Customer only home in the evening")
    await shot("dispatch-override")
    await prompt.getByTestId("override-confirm").click()
    await settled(orders.c.id, (c, start) => start === 18 && c.overrides.includes("outside_working_hours") && c.override_note === "Customer only home in the evening")
    await block(orders.c.number).and(page.locator("[data-overridden]")).waitFor()
  })

  await step("board: the week view shows the day's blocks; the team filter picks the team's technicians", async () => {
    await page.getByTestId("board-view-week").click()
    await page.locator('[data-testid="board-grid"][data-view="week"]').waitFor()
    for (const o of [orders.a, orders.b, orders.c]) {
      await block(o.number).waitFor()
    }
    const names = async () => (await page.getByTestId("board-row-name").allInnerTexts()).join(", ")
    expect((await names()) === "Tom Tech", `the North team's board: ${await names()}`)
    await shot("dispatch-week")
    await ctx.selectOption("board-team", "All teams")
    await page.getByTestId("board-row-name").getByText("Una Unteamed").waitFor()
    // Every active technician has a row, whatever team (other scenarios add technicians too).
    const all = await api("GET", "/admin/technicians?limit=200&fields=id,is_active")
    const active = all.json.technicians.filter((t) => t.is_active).length
    // A page shows up to 25 technicians; the pager names the ones shown and how many there are.
    const shown = Math.min(active, 25)
    expect((await page.getByTestId("board-row").count()) === shown, `all teams (${active} active): ${await names()}`)
    const pager = await page.getByTestId("board-technicians").innerText()
    expect(pager === `1–${shown} of ${active} technicians`, `pager: ${pager}`)
    expect(await page.getByTestId("board-technicians-prev").isDisabled(), "no page before the first")
    expect((await page.getByTestId("board-technicians-next").isDisabled()) === active <= 25, "a next page only when there are more")
    expect((await names()).includes("Tom Tech"), `all teams: ${await names()}`)
  })

  await step("order page: the Assignments section lists the technician's window; Start sets it in progress", async () => {
    await page.goto(`${base}/app/service-orders/${orders.a.id}`)
    const section = page.getByTestId("assignments-section")
    await section.getByTestId("assignment-row").first().waitFor()
    const text = await section.innerText()
    expect(text.includes("Tom Tech") && text.includes("Planned"), `assignments section: ${text}`)
    await section.getByTestId("assignment-actions").click()
    await page.getByRole("menuitem", { name: "Start" }).click()
    await section.locator('[data-testid="assignment-row"][data-status="in_progress"]').waitFor()
    await settled(orders.a.id, (a) => a.status === "in_progress")
  })

  await step("My work: an admin user who is no technician reads a clear message", async () => {
    await page.goto(`${base}/app/my-work`)
    const empty = page.getByTestId("my-work-empty")
    await empty.waitFor()
    expect(/technician/i.test(await empty.innerText()), "message names the missing technician link")
  })

  await step("My work: the technician sees their assignments this week, linking to the orders", async () => {
    await loginAs(email, password, async (other) => {
      await other.goto(`${base}/app/my-work`)
      await other.getByTestId("my-work").waitFor()
      for (const o of [orders.a, orders.b, orders.c]) {
        await other.locator(`[data-testid="my-work-item"][data-order-number="${o.number}"]`).waitFor()
      }
      await other.locator(`[data-testid="my-work-item"][data-order-number="${orders.a.number}"]`).click()
      await other.getByTestId("service-order-number").getByText(orders.a.number).waitFor()
    })
  })
}
