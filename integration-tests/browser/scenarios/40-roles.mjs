// Service roles: a manager assigns a role on Settings › Service › Roles; a dispatcher then logs in
// and is not offered what the role may not do (agreements: a message naming the role, no create button).
export default async function roles(ctx) {
  const { page, base, step, expect, api, shot, selectOption, inviteAdmin } = ctx
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
    const context = await page.context().browser().newContext({ viewport: { width: 1440, height: 1000 } })
    const other = await context.newPage()
    other.setDefaultTimeout(20_000)
    try {
      await other.goto(`${base}/app/login`, { timeout: 120_000 })
      await other.locator('input[name="email"]').fill(email)
      await other.locator('input[name="password"]').fill(password)
      await other.locator('button[type="submit"]').click()
      await other.waitForURL((url) => !url.pathname.includes("/login"), { timeout: 60_000 })

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
    } finally {
      await context.close()
    }
  })

  await step("back to the default role: the dispatcher row shows the default again", async () => {
    await page.goto(`${base}/app/settings/service?tab=roles`)
    await selectOption(`role-select-${email}`, "Default (Service manager)")
    await page.getByText("Dina Dispatch is now service manager").first().waitFor()
    const me = await api("GET", "/admin/service-roles/me")
    expect(me.json.role === "service_manager", `manager role: ${JSON.stringify(me.json)}`)
  })
}
