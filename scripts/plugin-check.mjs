#!/usr/bin/env node
// `npm run check:plugin`: proves the published package works as a plugin in other Medusa apps,
// on more than one version of the peer range.
//
// Once: medusa plugin:build → npm pack → embedded PostgreSQL. Then, for each host version (one
// after the other, to keep memory low; npm's cache is shared; the next install runs beside the
// previous host's checks): a scratch Medusa app in a temp dir on exactly that version, depending
// on the tarball and listing it under `plugins` → plain `npm install` (no --legacy-peer-deps) →
// one copy of @medusajs/framework (and of what the admin shares with the plugin) → medusa
// db:migrate (the plugin's tables must exist) → admin user → medusa start with the admin → the
// plugin's admin routes answer with the default stages → Chromium logs in to the host's admin
// and the plugin's service orders page renders → a work description prints (its font is found in
// the host's node_modules).
// Everything is removed afterwards (KEEP_TMP=1 keeps it).
//
// Env: PLUGIN_CHECK_VERSIONS=2.21.0,2.21.2 checks other host versions (default: 2.21.1,2.21.2);
// CHROMIUM_PATH (default /usr/bin/chromium).
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { launchChromium } from "./lib/chromium.mjs"
import { findFreePort, onShutdownSignal, startEmbeddedPostgres } from "./lib/embedded-pg.mjs"
import { medusaBin, ROOT, run, runOrThrow, seconds, stopGroup, waitForHttp } from "./lib/proc.mjs"

const HOST_VERSIONS = (process.env.PLUGIN_CHECK_VERSIONS || "2.21.1,2.21.2").split(",").map((v) => v.trim())
// The @medusajs/ui each Medusa version ships with: @medusajs/draft-order (a dependency of
// @medusajs/medusa) peers on exactly this one; with another, npm nests draft-order and medusa fails.
const UI_FOR = { "2.21.0": "4.2.4", "2.21.1": "4.2.5", "2.21.2": "4.2.6" }
// One copy each, or the plugin and the host do not share one container (framework) or the
// admin's React tree, theme and query cache (the rest).
const SINGLE_COPY = ["@medusajs/framework", "@medusajs/ui", "@tanstack/react-query", "react", "react-router-dom"]
const ADMIN = { email: "plugin-check@example.com", password: "plugin-check-secret" }
const EXPECTED_TABLES = ["service_order", "service_object", "service_stage", "service_task", "service_order_line"]
const EXPECTED_STAGES = ["requested", "scheduled", "in_progress", "completed", "closed", "cancelled"]

const rootPkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sm-plugin-check-"))
fs.chmodSync(tmp, 0o755) // Postgres runs as user "postgres" when we are root
let database
const running = { server: undefined, browser: undefined } // of the host being checked
let cleaningUp = false

const log = (msg) => console.log(`[plugin-check] ${msg}`)

async function stopHost() {
  await running.browser?.close().catch(() => {})
  running.browser = undefined
  if (running.server?.pid) {
    await stopGroup(running.server.pid, { signal: "SIGTERM", graceMs: 15000 })
  }
  running.server = undefined
}

async function cleanup() {
  if (cleaningUp) {
    return
  }
  cleaningUp = true
  await stopHost()
  await database?.stop().catch((e) => console.error("[plugin-check] Stopping PostgreSQL failed:", e))
  if (process.env.KEEP_TMP) {
    log(`kept ${tmp}`)
  } else {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

onShutdownSignal(async (signal) => {
  console.error(`\n[plugin-check] ${signal} received: cleaning up`)
  await cleanup()
  console.log("plugin-check: 0 passed, 1 failed")
  process.exit(130)
})

async function step(name, fn) {
  const t = Date.now()
  log(`${name}…`)
  const result = await fn()
  log(`${name}: ok (${seconds(Date.now() - t)})`)
  return result
}

async function buildAndPack() {
  await step("medusa plugin:build", () => runOrThrow(medusaBin(), ["plugin:build"], { capture: true }))

  return step("npm pack", async () => {
    const { stdout } = await runOrThrow("npm", ["pack", "--json", "--pack-destination", tmp], { capture: true })
    const [info] = JSON.parse(stdout.slice(stdout.indexOf("[")))
    const files = info.files.map((f) => f.path)
    for (const required of [
      ".medusa/server/src/modules/service-management/index.js",
      ".medusa/server/src/workflows/index.js",
      ".medusa/server/src/admin/index.mjs",
    ]) {
      if (!files.includes(required)) {
        throw new Error(`the tarball lacks ${required}`)
      }
    }
    if (files.some((f) => f.startsWith("src/") || f.startsWith("scripts/") || f.startsWith("integration-tests/"))) {
      throw new Error("the tarball contains sources, scripts or tests; check `files` in package.json")
    }
    // medusa plugin:build compiles everything tsconfig.json includes, so the repository's own
    // dev files (seed, benchmarks, medusa-config) land beside src/. Harmless, but not the plugin.
    const extra = [
      ...new Set(
        files
          .filter((f) => f.startsWith(".medusa/server/") && !f.startsWith(".medusa/server/src/"))
          .map((f) => f.split("/").slice(0, 3).join("/"))
      ),
    ]
    if (extra.length) {
      log(`note: the package also ships ${extra.join(", ")} (not part of the plugin)`)
    }
    log(`${info.filename}: ${files.length} files, ${(info.size / 1024).toFixed(0)} kB`)
    return path.join(tmp, info.filename)
  })
}

/** A host app as the Medusa starter makes it, on exactly `version`, with the plugin from the tarball. */
function writeScratchApp(appDir, version, tarball) {
  fs.mkdirSync(appDir, { recursive: true })
  const devDeps = rootPkg.devDependencies
  const pkg = {
    name: `sm-plugin-check-app-${version.replaceAll(".", "-")}`,
    private: true,
    version: "0.0.0",
    scripts: {},
    dependencies: {
      "@medusajs/admin-sdk": version,
      "@medusajs/cli": version,
      "@medusajs/framework": version,
      "@medusajs/medusa": version,
      "@medusajs/ui": UI_FOR[version],
      [rootPkg.name]: `file:${tarball}`,
    },
    // medusa loads medusa-config.ts through ts-node (with swc, see tsconfig): the starter's dev tools.
    devDependencies: {
      "@swc/core": devDeps["@swc/core"],
      "ts-node": devDeps["ts-node"],
      typescript: devDeps.typescript,
      "@types/node": devDeps["@types/node"],
    },
    engines: { node: ">=20" },
  }
  fs.writeFileSync(path.join(appDir, "package.json"), JSON.stringify(pkg, null, 2) + "\n")
  fs.writeFileSync(
    path.join(appDir, "medusa-config.ts"),
    `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  plugins: [{ resolve: "${rootPkg.name}", options: {} }],
})
`
  )
  const tsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.json"), "utf8"))
  fs.writeFileSync(path.join(appDir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2) + "\n")
}

/** Where each of `names` is installed in `appDir` ("path@version", one a copy), from one `npm ls`. */
async function installedCopies(appDir, names) {
  // npm ls exits 1 for any problem anywhere in the tree; the paths it prints are what counts here.
  const { stdout } = await run("npm", ["ls", ...names, "--all", "--parseable"], { cwd: appDir, capture: true })
  const dirs = [...new Set(stdout.split("\n").filter(Boolean))]
  return new Map(
    names.map((name) => [
      name,
      dirs
        .filter((dir) => dir.endsWith(path.join("node_modules", name)))
        .map((dir) => `${path.relative(appDir, dir)}@${JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version}`),
    ])
  )
}

async function adminToken(base) {
  const res = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok || !body.token) {
    throw new Error(`POST /auth/user/emailpass answered ${res.status}: ${JSON.stringify(body)}`)
  }
  return body.token
}

async function getJson(base, route, token) {
  const res = await fetch(`${base}${route}`, { headers: { authorization: `Bearer ${token}` } })
  const text = await res.text()
  let body
  try {
    body = JSON.parse(text)
  } catch {
    body = text
  }
  return { status: res.status, body }
}

async function checkAdminApi(base) {
  const token = await adminToken(base)
  const stages = await getJson(base, "/admin/service-stages?limit=50", token)
  if (stages.status !== 200) {
    throw new Error(`GET /admin/service-stages answered ${stages.status}: ${JSON.stringify(stages.body).slice(0, 500)}`)
  }
  const codes = (stages.body.service_stages ?? []).map((s) => s.code)
  const missing = EXPECTED_STAGES.filter((c) => !codes.includes(c))
  if (missing.length) {
    throw new Error(`default stages missing: ${missing.join(", ")} (got ${codes.join(", ")})`)
  }
  const orders = await getJson(base, "/admin/service-orders", token)
  if (orders.status !== 200 || !Array.isArray(orders.body.service_orders)) {
    throw new Error(`GET /admin/service-orders answered ${orders.status}: ${JSON.stringify(orders.body).slice(0, 500)}`)
  }
  const anonymous = await fetch(`${base}/admin/service-orders`)
  if (anonymous.status !== 401) {
    throw new Error(`GET /admin/service-orders without a token answered ${anonymous.status}, expected 401`)
  }
  log(`stages: ${codes.join(", ")}`)
}

async function send(base, method, route, token, body) {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: res.status, type: res.headers.get("content-type") ?? "", bytes: Buffer.from(await res.arrayBuffer()) }
}

/**
 * A customer with a Cyrillic name and a service order in the host, then its work description: a
 * PDF proves pdfmake and the embedded font (the `dejavu-fonts-ttf` dependency) are found from the
 * installed package.
 */
async function checkDocument(base) {
  const token = await adminToken(base)
  const json = (r) => JSON.parse(r.bytes.toString("utf8"))
  const customer = await send(base, "POST", "/admin/customers", token, { email: "docs@example.com", first_name: "Ирина", last_name: "Ķēniņa" })
  if (customer.status !== 200) {
    throw new Error(`POST /admin/customers answered ${customer.status}: ${customer.bytes.toString("utf8").slice(0, 300)}`)
  }
  const order = await send(base, "POST", "/admin/service-orders", token, { customer_id: json(customer).customer.id, title: "Plugin check" })
  if (order.status !== 200) {
    throw new Error(`POST /admin/service-orders answered ${order.status}: ${order.bytes.toString("utf8").slice(0, 300)}`)
  }
  const pdf = await send(base, "GET", `/admin/service-orders/${json(order).service_order.id}/work-description?locale=ru`, token)
  if (pdf.status !== 200 || !pdf.type.startsWith("application/pdf") || pdf.bytes.subarray(0, 5).toString() !== "%PDF-") {
    throw new Error(`GET …/work-description answered ${pdf.status} ${pdf.type}: ${pdf.bytes.toString("utf8").slice(0, 300)}`)
  }
  log(`work description: ${pdf.bytes.length} bytes of PDF`)
}

/** Logs in to the host's admin and opens the plugin's service orders page: its heading and its (empty) list render. */
async function checkAdminPage(base) {
  running.browser = await launchChromium()
  const page = await running.browser.newPage({ viewport: { width: 1440, height: 1000 } })
  const pageErrors = []
  page.on("pageerror", (e) => pageErrors.push(e.message))
  try {
    // The first load compiles the admin (Vite, development mode): minutes on a busy machine.
    await page.goto(`${base}/app/login`, { timeout: 240_000 })
    await page.locator('input[name="email"]').waitFor({ timeout: 240_000 })
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes("/login"), { timeout: 60_000 })
    await page.goto(`${base}/app/service-orders`, { timeout: 120_000 })
    await page.getByRole("heading", { name: "Service orders", exact: true }).waitFor({ timeout: 120_000 })
    // The empty state shows only once the plugin's own query (its js-sdk client, the host's query cache) has answered.
    await page.getByText("No service orders", { exact: true }).waitFor({ timeout: 60_000 })
  } catch (e) {
    const shot = path.join(os.tmpdir(), `sm-plugin-check-${Date.now()}.png`)
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {})
    const errors = pageErrors.length ? `; page errors: ${pageErrors.slice(0, 5).join(" | ")}` : ""
    throw new Error(`${e.message.split("\n")[0]}${errors} (screenshot ${shot})`)
  }
  log(`admin page ${page.url()} rendered "Service orders"`)
}

/** Runs one named check; never throws. Returns `{ name, ok, error }`. */
async function runCheck(version, name, fn) {
  try {
    await step(`[${version}] ${name}`, fn)
    return { name, ok: true }
  } catch (e) {
    log(`[${version}] ${name}: FAILED: ${e?.message || e}`)
    return { name, ok: false, error: e?.message || String(e) }
  }
}

/**
 * A fresh host app on `version` with the tarball: `install()` writes and installs it, `check(installed)`
 * waits for that install and runs the remaining checks in order; a check after a failed one is
 * counted as failed ("not run"). Both resolve `{ name, ok, error }` results and never throw.
 */
function scratchHost(version, tarball) {
  const appDir = path.join(tmp, `app-${version}`)
  const dbName = `plugin_check_${version.replaceAll(".", "_")}`
  const databaseUrl = database.url.replace(/\/[^/]+$/, `/${dbName}`)
  const medusaEnv = () => ({
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_ENV: "development", // medusa then serves the admin from sources (Vite): no `medusa build` needed
  })
  const serverLog = path.join(tmp, `medusa-start-${version}.log`)
  let base

  const install = () =>
    runCheck(version, `npm install (plain, ui ${UI_FOR[version]})`, async () => {
      writeScratchApp(appDir, version, tarball)
      await runOrThrow("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], {
        cwd: appDir,
        capture: true,
      })
    })

  const checks = [
    [
      `one copy each of ${SINGLE_COPY.join(", ")}; framework at ${version}`,
      async () => {
        const copies = await installedCopies(appDir, SINGLE_COPY)
        for (const name of SINGLE_COPY) {
          const found = copies.get(name) ?? []
          if (found.length !== 1) {
            throw new Error(`${found.length} copies of ${name}: ${found.join(", ") || "none"}`)
          }
          log(found[0])
        }
        if (!copies.get("@medusajs/framework")[0].endsWith(`@${version}`)) {
          throw new Error(`expected @medusajs/framework ${version}, found ${copies.get("@medusajs/framework")[0]}`)
        }
      },
    ],
    [
      "medusa db:migrate creates the plugin's tables",
      async () => {
        const admin = new pg.Client({ connectionString: database.url })
        await admin.connect()
        await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(dbName)}`).finally(() => admin.end())
        await runOrThrow(medusaBin(appDir), ["db:migrate"], { cwd: appDir, env: medusaEnv(), capture: true })
        const client = new pg.Client({ connectionString: databaseUrl })
        await client.connect()
        try {
          const { rows } = await client.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ANY($1)",
            [EXPECTED_TABLES]
          )
          const missing = EXPECTED_TABLES.filter((t) => !rows.some((r) => r.table_name === t))
          if (missing.length) {
            throw new Error(`tables missing after db:migrate: ${missing.join(", ")}`)
          }
        } finally {
          await client.end()
        }
      },
    ],
    [
      "medusa user, then medusa start answers /health",
      async () => {
        await runOrThrow(medusaBin(appDir), ["user", "-e", ADMIN.email, "-p", ADMIN.password], {
          cwd: appDir,
          env: medusaEnv(),
          capture: true,
        })
        const port = await findFreePort(9100)
        base = `http://localhost:${port}`
        const out = fs.openSync(serverLog, "w")
        const server = spawn(medusaBin(appDir), ["start"], {
          cwd: appDir,
          env: { ...medusaEnv(), PORT: String(port) },
          detached: true,
          stdio: ["ignore", out, out],
        })
        running.server = server
        let exited = false
        server.once("exit", () => (exited = true))
        const up = await waitForHttp(`${base}/health`, { timeoutMs: 180000, stillRunning: () => !exited })
        if (!up) {
          throw new Error(`medusa start did not answer /health (${exited ? "it exited" : "timeout"}):\n${tail(serverLog)}`)
        }
      },
    ],
    ["GET /admin/service-stages returns the default stages", () => checkAdminApi(base)],
    ["the host's admin renders the plugin's service orders page (Chromium)", () => checkAdminPage(base)],
    // After the admin page, which expects the list still empty.
    ["the plugin prints a work description (pdfmake and the embedded font found in the host)", () => checkDocument(base)],
  ]

  async function check(installed) {
    const results = [await installed]
    try {
      for (const [name, fn] of checks) {
        results.push(
          results.some((r) => !r.ok)
            ? { name, ok: false, error: "not run: an earlier check failed" }
            : await runCheck(version, name, fn)
        )
      }
    } finally {
      await stopHost()
      if (!process.env.KEEP_TMP) {
        fs.rmSync(appDir, { recursive: true, force: true }) // ~1 GB a host
      }
    }
    return results
  }

  return { version, install, check }
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

async function main() {
  const started = Date.now()
  const unknown = HOST_VERSIONS.filter((v) => !UI_FOR[v])
  if (unknown.length) {
    throw new Error(`no @medusajs/ui version known for Medusa ${unknown.join(", ")} (add it to UI_FOR)`)
  }
  const tarball = await buildAndPack()
  database = await step("start embedded PostgreSQL", () =>
    startEmbeddedPostgres({ dir: path.join(tmp, "pg"), port: 56432, persistent: false })
  )

  // The installs run one after the other (npm's cache warms up for the next), each one beside the
  // previous host's checks: npm waits on network and disk while those use the CPUs.
  const hosts = []
  let installs = Promise.resolve()
  for (const version of HOST_VERSIONS) {
    const host = scratchHost(version, tarball)
    installs = installs.then(host.install)
    hosts.push({ host, installed: installs })
  }
  const byVersion = []
  for (const { host, installed } of hosts) {
    const t = Date.now()
    log(`— Medusa ${host.version} host —`)
    byVersion.push({ version: host.version, results: await host.check(installed), ms: Date.now() - t })
  }

  log("summary")
  for (const { version, results, ms } of byVersion) {
    log(`Medusa ${version} (${seconds(ms)}):`)
    for (const r of results) {
      log(`  ${r.ok ? "ok  " : "FAIL"} ${r.name}${r.ok ? "" : ` — ${r.error.split("\n")[0]}`}`)
    }
  }
  log(`done in ${seconds(Date.now() - started)}`)
  return byVersion.flatMap((v) => v.results)
}

main()
  .then(async (results) => {
    await cleanup()
    const passed = results.filter((r) => r.ok).length
    console.log(`plugin-check: ${passed} passed, ${results.length - passed} failed`)
    process.exit(passed === results.length ? 0 : 1)
  })
  .catch(async (e) => {
    console.error(`[plugin-check] FAILED: ${e?.message || e}`)
    await cleanup()
    console.log("plugin-check: 0 passed, 1 failed")
    process.exit(1)
  })
