// Service roles: a manager assigns a role on Settings › Service › Roles; a dispatcher then logs in
// and is not offered what the role may not do (agreements: a message naming the role, no create button),
// while Medusa's orders stay open to her and its users do not. A technician's Service pages work
// without one refused request to Medusa's routes; Medusa's orders page tells him it is not his.
export default async function roles(ctx) {
  const { page, base, customer, step, expect, api, shot, selectOption, inviteAdmin, loginAs } = ctx
  const email = "dina.dispatch@example.com"
  const password = "dispatch-secret-1"

  let userId
  await step("API: invite a second admin user and accept the invite", async () => {
    userId = (await inviteAdmin(email, password, { first_name: "Dina", last_name: "Dispatch" })).id
  })

  await step("a manager makes her a dispatcher on Settings › Service › Roles", async () => {
    await page.goto(`${base}/app/settings/service?tab=roles`)
    const section = page.getByTestId("roles-section")
    await section.waitFor()
    await section.getByText(email).waitFor()
    await selectOption(`role-select-${email}`, "Dispatcher")
    await page.getByText("Dina Dispatch is now dispatcher").first().waitFor()
    const { json } = await api("GET", `/admin/service-roles?q=${encodeURIComponent("dina")}`)
    const row = json.service_roles.find((r) => r.user_id === userId)
    expect(row?.role === "dispatcher" && row.is_assigned, `stored role: ${JSON.stringify(row)}`)
    await shot("roles-dispatcher-assigned")
  })

  await step("the dispatcher does not get agreements or settings she may not use", async () => {
    await loginAs(email, password, async (other) => {
      await other.goto(`${base}/app/service-agreements`)
      const denied = other.getByTestId("permission-denied")
      await denied.waitFor()
      const message = await denied.innerText()
      expect(/Dispatcher/.test(message) && /see service agreements/.test(message), `message: ${message}`)
      expect((await other.getByTestId("create-agreement-button").count()) === 0, "no create agreement button")

      await other.goto(`${base}/app/service-orders`)
      await other.getByTestId("create-service-order-button").waitFor()

      await other.goto(`${base}/app/settings/service`)
      await other.getByRole("tab", { name: "Stages" }).waitFor()
      expect((await other.getByTestId("roles-tab").count()) === 0, "no roles tab for a dispatcher")
      expect((await other.getByRole("tab", { name: "SLAs" }).count()) === 0, "no SLAs tab for a dispatcher")
      expect((await other.getByTestId("create-stage-button").count()) === 0, "no create stage button for a dispatcher")

      // Medusa's orders are hers to read (returns for repair start there); its users are not.
      await other.goto(`${base}/app/orders`)
      await other.waitForURL((url) => url.pathname.endsWith("/orders"))
      await other.waitForTimeout(2500)
      expect(!other.url().includes("service-access"), `dispatcher moved away from orders: ${other.url()}`)
      await other.goto(`${base}/app/settings/users`)
      const refused = other.getByTestId("core-route-refused")
      await refused.waitFor()
      const text = await refused.innerText()
      expect(/Your service role is dispatcher: Medusa's users are not available to you/.test(text), `message: ${text}`)
    })
  })

  await step("a technician's Service pages make no refused request to Medusa; Medusa's orders say they are not his", async () => {
    const techEmail = "terry.tech@example.com"
    const techPassword = "technician-secret-2"
    const techUser = await inviteAdmin(techEmail, techPassword, { first_name: "Terry", last_name: "Tech" })
    expect((await api("POST", `/admin/service-roles/${techUser.id}`, { role: "technician" })).status === 200, "role assigned")
    const hours = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ start: "00:00", end: "24:00" }]]))
    const technician = await api("POST", "/admin/technicians", { first_name: "Terry", last_name: "Tech", timezone: "UTC", working_hours: hours, user_id: techUser.id })
    expect(technician.status === 200, `technician: ${technician.status} ${JSON.stringify(technician.json)}`)
    const order = (await api("POST", "/admin/service-orders", { customer_id: customer.id, title: "Terry's job" })).json.service_order
    const assigned = await api("POST", `/admin/service-orders/${order.id}/assignments`, {
      technician_id: technician.json.technician.id,
      starts_at: new Date(Date.now() + 3600_000).toISOString(),
      ends_at: new Date(Date.now() + 3 * 3600_000).toISOString(),
    })
    expect(assigned.status === 200, `assignment: ${assigned.status} ${JSON.stringify(assigned.json)}`)
    await api("POST", `/admin/service-orders/${order.id}/transition`, { to_stage_code: "scheduled" })

    await loginAs(techEmail, techPassword, async (tech) => {
      // Every failed call but the plugin's own refusals (permission table; they end with the key,
      // e.g. "(technicians.read)").
      const failedCalls = []
      let recording = false
      tech.on("response", (res) => {
        const url = new URL(res.url())
        if (recording && url.pathname.startsWith("/admin/") && res.status() >= 400) {
          const call = `${res.request().method()} ${url.pathname} → ${res.status()}`
          failedCalls.push(res.text().then((body) => (/may not [^"]* \([a-z_]+\.[a-z_]+\)"/.test(body) ? null : `${call} ${body}`)))
        }
      })
      // Medusa lands everyone on its orders after login: the technician is moved to the message.
      await tech.getByTestId("core-route-refused").waitFor({ timeout: 60_000 })

      recording = true
      await tech.goto(`${base}/app/my-work`)
      await tech.getByTestId("my-work-item").first().waitFor()
      await tech.goto(`${base}/app/service-orders`)
      await tech.getByText("Terry's job").waitFor()
      expect((await tech.locator("#filter-customer").count()) === 0, "no customer filter for a technician")
      await tech.goto(`${base}/app/service-orders/${order.id}`)
      await tech.getByTestId("move-stage-button").waitFor()
      await tech.getByTestId("lines-table").or(tech.getByText("No lines")).first().waitFor().catch(() => {})
      await tech.waitForTimeout(2000)
      recording = false
      const coreFailures = (await Promise.all(failedCalls)).filter(Boolean)
      expect(coreFailures.length === 0, `failed requests to Medusa on the technician's Service pages: ${coreFailures.join(", ")}`)

      await tech.goto(`${base}/app/orders`)
      const refused = tech.getByTestId("core-route-refused")
      await refused.waitFor()
      const text = await refused.innerText()
      expect(
        /Your service role is technician: Medusa's orders are not available to you — go to Service › My work/.test(text),
        `message: ${text}`
      )
      await refused.getByRole("link", { name: "Go to My work" }).click()
      await tech.getByTestId("my-work-item").first().waitFor()
      const status = await tech.evaluate(async () => (await fetch("/admin/orders", { credentials: "include" })).status)
      expect(status === 403, `GET /admin/orders for the technician: ${status}`)
    })
  })

  await step("back to the default role: the dispatcher row shows the default again", async () => {
    await page.goto(`${base}/app/settings/service?tab=roles`)
    await selectOption(`role-select-${email}`, "Default (Service manager)")
    await page.getByText("Dina Dispatch is now service manager").first().waitFor()
    const me = await api("GET", "/admin/service-roles/me")
    expect(me.json.role === "service_manager", `manager role: ${JSON.stringify(me.json)}`)
  })
}
