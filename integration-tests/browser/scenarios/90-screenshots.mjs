// Screenshots for the README: loads the demo seed (scripts/seed-demo.ts, idempotent) into the
// suite's database, then opens the main admin pages, waits until each shows its data (rows,
// lines, blocks — not just its heading) and saves a 1440×900 viewport shot of it to
// docs/screenshots/<page>.png, overwriting the last one. A page that does not render its data
// fails its step. Runs last so that it works alone and after every other scenario.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "screenshots")
const VIEWPORT = { width: 1440, height: 900 }
// The README embeds these; a larger PNG means a page grew noisy (or the viewport changed).
const MAX_BYTES = 250 * 1024
// The seed's demo technician login (scripts/seed/dispatch.ts, service-roles.ts); the admin's password.
const TECHNICIAN = { email: "technician@example.com", password: "supersecret" }

export default async function screenshots(ctx) {
  const { page, base, step, expect, api, ok, medusaExec } = ctx
  /** The first record of an admin list (`url` with its query) whose `pick` holds, or the first one. */
  const find = async (url, key, pick = () => true) => {
    const rows = ok(await api("GET", url), url)[key] ?? []
    const row = rows.find(pick) ?? rows[0]
    expect(row, `${url}: no ${key} (is the demo seed loaded?)`)
    return row
  }
  // A cold admin page compiles its modules on first load; on a busy machine that takes a while.
  const SLOW = { timeout: 120_000 }
  const open = (target, url) => target.goto(`${base}${url}`, SLOW)
  /** Waits until `locator` matches at least `n` elements. */
  const atLeast = (locator, n) => locator.nth(n - 1).waitFor(SLOW)
  const text = (value) => page.getByText(value, { exact: false }).first()

  // `medusa develop` restarts when a file in the tree changes: shots go to a temp dir first and
  // are copied into docs/screenshots once all are taken.
  const taken = fs.mkdtempSync(path.join(os.tmpdir(), "sm-readme-shots-"))
  const viewport = page.viewportSize()

  /** Saves the viewport of `target` once its data is shown (fonts loaded, spinners gone). */
  const save = async (name, target = page) => {
    await target.evaluate(() => document.fonts.ready)
    await target.mouse.move(0, 0)
    await target.waitForTimeout(300)
    const file = path.join(taken, `${name}.png`)
    await target.screenshot({ path: file, fullPage: false })
    const size = fs.statSync(file).size
    expect(size < MAX_BYTES, `${name}.png is ${Math.round(size / 1024)} KB (limit ${MAX_BYTES / 1024} KB)`)
  }

  await step("screenshots: load the demo seed (medusa exec ./scripts/seed-demo.ts)", async () => {
    medusaExec("./scripts/seed-demo.ts")
    await page.setViewportSize(VIEWPORT)
  })

  await step("screenshots: service orders list", async () => {
    const newest = await find("/admin/service-orders?order=-created_at&limit=1", "service_orders")
    await open(page, `/app/service-orders`)
    await atLeast(page.locator("tbody tr"), 5)
    await text(newest.title ?? newest.number).waitFor(SLOW)
    await save("service-orders")
  })

  await step("screenshots: service order detail (lines, totals, history)", async () => {
    // The seed's installation order (five lines); the agreement's generated orders mention AeroHeat too.
    const title = "Install and commission AeroHeat 9 kW"
    const order = await find(`/admin/service-orders?q=${encodeURIComponent(title)}&limit=5`, "service_orders", (o) => o.title === title)
    await open(page, `/app/service-orders/${order.id}`)
    await page.getByTestId("service-order-number").getByText(order.number).waitFor(SLOW)
    await atLeast(page.getByTestId("line-row"), 3)
    await page.getByTestId("total-revenue").getByText(/\d/).waitFor(SLOW)
    await save("service-order")
  })

  await step("screenshots: dispatch board (the busiest day around today)", async () => {
    const day = 24 * 3600 * 1000
    const from = new Date(Date.now() - 14 * day).toISOString()
    const to = new Date(Date.now() + 14 * day).toISOString()
    const board = ok(await api("GET", `/admin/dispatch-board?from=${from}&to=${to}&queue_limit=0`), "dispatch board")
    // Local dates, as the board's `date` parameter reads them (the browser runs in this zone).
    const localDate = (iso) => {
      const d = new Date(iso)
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`
    }
    const perDay = new Map()
    for (const a of board.technicians.flatMap((t) => t.assignments)) {
      perDay.set(localDate(a.starts_at), (perDay.get(localDate(a.starts_at)) ?? 0) + 1)
    }
    const [busiest, count] = [...perDay].sort((a, b) => b[1] - a[1])[0] ?? []
    expect(count, "no assignments in the four weeks around today")
    await open(page, `/app/dispatch?date=${busiest}`)
    await atLeast(page.getByTestId("board-row"), 2)
    await atLeast(page.getByTestId("assignment-block"), Math.min(count, 3))
    await save("dispatch-board")
  })

  await step("screenshots: service agreements list", async () => {
    const newest = await find("/admin/service-agreements?order=-created_at&limit=1", "service_agreements")
    await open(page, `/app/service-agreements`)
    await atLeast(page.locator("tbody tr"), 2)
    await text(newest.name ?? newest.number).waitFor(SLOW)
    await save("service-agreements")
  })

  await step("screenshots: service agreement detail (lines, generated orders)", async () => {
    const agreement = await find(`/admin/service-agreements?q=${encodeURIComponent("AeroHeat 9 kW")}&limit=5`, "service_agreements")
    await open(page, `/app/service-agreements/${agreement.id}`)
    await page.getByTestId("agreement-number").getByText(agreement.number).waitFor(SLOW)
    await atLeast(page.getByTestId("agreement-line-row"), 1)
    await page.getByTestId("billing-revenue").getByText(/\d/).waitFor(SLOW)
    await save("service-agreement")
  })

  await step("screenshots: subscription detail (fees billed, upcoming)", async () => {
    const subscription = await find(
      `/admin/service-subscriptions?q=${encodeURIComponent("Heat pump care plan")}&limit=5`,
      "service_subscriptions"
    )
    await open(page, `/app/service-subscriptions/${subscription.id}`)
    await page.getByTestId("subscription-number").getByText(subscription.number).waitFor(SLOW)
    await atLeast(page.getByTestId("fee-row"), 2)
    await save("service-subscription")
  })

  await step("screenshots: subscription billing runs", async () => {
    await open(page, `/app/subscription-billing-runs`)
    await atLeast(page.locator("tbody tr"), 1)
    await page.locator("tbody tr").first().getByText(/\d/).first().waitFor(SLOW)
    await save("billing-runs")
  })

  await step("screenshots: returns for repair", async () => {
    const newest = await find("/admin/service-returns?order=-created_at&limit=1", "service_returns")
    await open(page, `/app/service-returns`)
    await atLeast(page.locator("tbody tr"), 3)
    await text(newest.number).waitFor(SLOW)
    await save("service-returns")
  })

  await step("screenshots: a BOM (versions and components)", async () => {
    const bom = await find(`/admin/boms?q=${encodeURIComponent("washing")}&limit=5`, "boms")
    await open(page, `/app/boms/${bom.id}`)
    await atLeast(page.getByTestId("bom-versions-section").locator("tbody tr"), 2)
    await save("bom")
  })

  await step("screenshots: service objects", async () => {
    const newest = await find("/admin/service-objects?order=-created_at&limit=1", "service_objects")
    await open(page, `/app/service-objects`)
    await atLeast(page.locator("tbody tr"), 5)
    await text(newest.serial_number ?? newest.name).waitFor(SLOW)
    await save("service-objects")
  })

  await step("screenshots: settings (technicians)", async () => {
    const technician = await find("/admin/technicians?limit=1", "technicians")
    await open(page, `/app/settings/service?tab=technicians`)
    await page.getByTestId("technician-section").getByText(technician.first_name).first().waitFor(SLOW)
    await atLeast(page.getByTestId("technician-section").locator("tbody tr"), 3)
    await save("settings")
  })

  await step("screenshots: my work (the demo technician's week)", async () => {
    // The technician's own session, in a context of its own so the admin's stays logged in.
    const context = await page.context().browser().newContext({ viewport: VIEWPORT })
    try {
      const own = await context.newPage()
      await open(own, "/app/login")
      await own.locator('input[name="email"]').fill(TECHNICIAN.email, SLOW)
      await own.locator('input[name="password"]').fill(TECHNICIAN.password)
      await own.locator('button[type="submit"]').click()
      await own.waitForURL((url) => !url.pathname.includes("/login"), SLOW)
      await open(own, "/app/my-work")
      await atLeast(own.getByTestId("my-work-item"), 2)
      await save("my-work", own)
    } finally {
      await context.close()
    }
  })

  await step("screenshots: copy into docs/screenshots", async () => {
    fs.mkdirSync(OUT, { recursive: true })
    for (const file of fs.readdirSync(taken)) {
      fs.copyFileSync(path.join(taken, file), path.join(OUT, file))
    }
    fs.rmSync(taken, { recursive: true, force: true })
    await page.setViewportSize(viewport)
  })
}
