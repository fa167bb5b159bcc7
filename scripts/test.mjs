#!/usr/bin/env node
// `npm test`: every test of the plugin with nothing installed on the machine.
//
// Without DB_HOST, one embedded PostgreSQL in a temp dir serves all phases (the test runners
// create a database per suite). Phases: jest unit → integration:modules → integration:http,
// then the admin browser test (integration-tests/browser/admin.browser.mjs) when it exists, then
// the production tests (integration-tests/production/run.mjs: server + workers on Redis).
// Ends with `tests: X passed, Y failed, Z skipped` and a non-zero exit code on any failure.
//
//   npm test                      everything
//   npm test -- -t "stage"        extra args go to jest (each phase)
//   TEST_PHASES=unit,integration:http npm test     only these phases (names as below, "browser" or "production")
//   DB_HOST=localhost DB_PORT=5432 DB_USERNAME=… DB_PASSWORD=… npm test   an existing server
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { onShutdownSignal, startEmbeddedPostgres } from "./lib/embedded-pg.mjs"
import { ROOT, run, seconds } from "./lib/proc.mjs"
import testReport from "./lib/test-report.js"

const { countJestFile, countSummaryLine } = testReport

const ALL_PHASES = ["unit", "integration:modules", "integration:http", "browser", "production"]
// Phases that are one script ending with a `<phase>: N passed, M failed` line.
const SCRIPT_PHASES = {
  browser: path.join(ROOT, "integration-tests", "browser", "admin.browser.mjs"),
  production: path.join(ROOT, "integration-tests", "production", "run.mjs"),
}
const phases = (process.env.TEST_PHASES ? process.env.TEST_PHASES.split(",").map((s) => s.trim()) : ALL_PHASES).filter(
  Boolean
)
const unknown = phases.filter((p) => !ALL_PHASES.includes(p))
if (unknown.length) {
  console.error(`[test] Unknown phase(s) ${unknown.join(", ")}; known: ${ALL_PHASES.join(", ")}`)
  process.exit(2)
}
const jestArgs = process.argv.slice(2)

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sm-test-"))
fs.chmodSync(tmp, 0o755) // Postgres runs as user "postgres" when we are root
let database
let current // the child running now
let finished = false

async function cleanup() {
  if (current?.pid) {
    try {
      process.kill(current.pid, "SIGTERM")
    } catch {
      // gone
    }
  }
  await database?.stop().catch((e) => console.error("[test] Stopping PostgreSQL failed:", e))
  fs.rmSync(tmp, { recursive: true, force: true })
}

onShutdownSignal(async (signal) => {
  if (finished) {
    return
  }
  finished = true
  console.error(`\n[test] ${signal} received: stopping`)
  await cleanup()
  process.exit(130)
})

// Each HTTP suite boots a whole Medusa app, and jest keeps some of every app in memory when the
// suites share one process: after ~20 suites it ran out of heap. Integration suites therefore run
// in batches, one jest process per batch, and the counts are added up.
const FILES_PER_JEST_PROCESS = { unit: Infinity, "integration:modules": Infinity, "integration:http": 5 }

/** The options among jest arguments (`-t pattern`, `--bail`, …), without path patterns. */
function jestOptions(args) {
  const options = []
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith("-")) {
      options.push(args[i])
      if (["-t", "--testNamePattern"].includes(args[i]) && i + 1 < args.length) {
        options.push(args[++i])
      }
    }
  }
  return options
}

async function runJest(type) {
  const env = {
    ...process.env,
    TEST_TYPE: type,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
  }
  const jest = path.join(ROOT, "node_modules", "jest", "bin", "jest.js")
  const perProcess = FILES_PER_JEST_PROCESS[type]
  let batches = [[]]
  if (Number.isFinite(perProcess)) {
    const listed = await run(process.execPath, [jest, "--listTests", "--json", ...jestArgs], { env, capture: true })
    const files = JSON.parse(listed.stdout.slice(listed.stdout.indexOf("["))).sort()
    batches = []
    for (let i = 0; i < files.length; i += perProcess) {
      batches.push(files.slice(i, i + perProcess))
    }
    if (!batches.length) {
      return { passed: 0, failed: 0, skipped: 0, notes: [] }
    }
  }
  const total = { passed: 0, failed: 0, skipped: 0, notes: [] }
  for (const [i, files] of batches.entries()) {
    const outputFile = path.join(tmp, `jest-${type.replace(":", "-")}-${i}.json`)
    const args = [jest, "--runInBand", "--forceExit", "--passWithNoTests", "--json", "--outputFile", outputFile]
    // A batch names its files exactly, keeping the caller's options (e.g. -t); without batches jest gets all arguments.
    args.push(...(files.length ? [...jestOptions(jestArgs), "--runTestsByPath", ...files] : jestArgs))
    const { code } = await run(process.execPath, args, { env, onSpawn: (c) => (current = c) })
    current = undefined
    const counts = countJestFile(outputFile, code, ROOT)
    total.passed += counts.passed
    total.failed += counts.failed
    total.skipped += counts.skipped
    total.notes.push(...counts.notes)
  }
  return total
}

async function runScript(phase) {
  const { code, stdout, stderr } = await run(process.execPath, [SCRIPT_PHASES[phase]], {
    capture: true,
    onSpawn: (c) => {
      current = c
      // Show progress as it happens, and keep it for the counts.
      c.stdout.on("data", (d) => process.stdout.write(d))
      c.stderr.on("data", (d) => process.stderr.write(d))
    },
  })
  current = undefined
  return countSummaryLine(`${stdout}\n${stderr}`, phase, code)
}

async function main() {
  const started = Date.now()
  const needsDb = phases.some((p) => p.startsWith("integration"))
  if (needsDb && !process.env.DB_HOST) {
    const t = Date.now()
    database = await startEmbeddedPostgres({ dir: path.join(tmp, "pg"), port: 55432, persistent: false })
    // "localhost", not 127.0.0.1: the Medusa test runner turns SSL on for any other host.
    Object.assign(process.env, {
      DB_HOST: database.host,
      DB_PORT: String(database.port),
      DB_USERNAME: database.user,
      DB_PASSWORD: database.password,
    })
    console.log(`[test] Embedded PostgreSQL on port ${database.port} in ${seconds(Date.now() - t)}`)
  } else if (needsDb) {
    console.log(`[test] Using PostgreSQL at ${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}`)
  }

  const results = []
  for (const phase of phases) {
    if (SCRIPT_PHASES[phase] && !fs.existsSync(SCRIPT_PHASES[phase])) {
      continue
    }
    if (SCRIPT_PHASES[phase] && jestArgs.length) {
      console.log(`[test] ${phase}: skipped (jest arguments given)`)
      continue
    }
    console.log(`\n[test] ── ${phase} ──`)
    const t = Date.now()
    const counts = SCRIPT_PHASES[phase] ? await runScript(phase) : await runJest(phase)
    counts.ms = Date.now() - t
    results.push({ phase, ...counts })
  }

  const total = results.reduce(
    (acc, r) => ({ passed: acc.passed + r.passed, failed: acc.failed + r.failed, skipped: acc.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 }
  )
  console.log("\n[test] Summary")
  for (const r of results) {
    console.log(
      `  ${r.failed ? "✗" : "✓"} ${r.phase.padEnd(20)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${seconds(r.ms)})` +
        r.notes.map((n) => `\n      ${n}`).join("")
    )
  }
  console.log(`  total time ${seconds(Date.now() - started)}`)
  finished = true
  await cleanup()
  console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
  process.exit(total.failed ? 1 : 0)
}

main().catch(async (e) => {
  console.error(`[test] ${e?.stack || e}`)
  finished = true
  await cleanup()
  console.log("tests: 0 passed, 1 failed, 0 skipped")
  process.exit(1)
})
