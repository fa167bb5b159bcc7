// Small helpers for the scripts: run a command, stop a process tree, wait for HTTP.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

/** The `medusa` CLI of a project (its node_modules/.bin), without going through npx. */
export function medusaBin(projectDir = ROOT) {
  const bin = path.join(projectDir, "node_modules", ".bin", "medusa")
  return fs.existsSync(bin) ? bin : "medusa"
}

/**
 * Runs a command to completion with inherited output (or captured with `capture: true`).
 * Resolves `{ code, stdout, stderr }`; rejects only when it cannot be started. With
 * `detached: true` the child leads its own process group, so `signalGroup` reaches
 * everything it forks and a terminal's Ctrl-C reaches only the parent script.
 */
export function run(cmd, args, { cwd = ROOT, env = process.env, capture = false, detached = false, onSpawn } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env,
      detached,
      stdio: capture ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    })
    let stdout = ""
    let stderr = ""
    if (capture) {
      child.stdout.on("data", (d) => (stdout += d))
      child.stderr.on("data", (d) => (stderr += d))
    }
    child.once("error", reject)
    child.once("exit", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), signal, stdout, stderr }))
    onSpawn?.(child)
  })
}

/** Like `run`, but throws when the command fails. */
export async function runOrThrow(cmd, args, opts = {}) {
  const result = await run(cmd, args, opts)
  if (result.code !== 0) {
    const tail = opts.capture ? `\n${(result.stdout + result.stderr).split("\n").slice(-40).join("\n")}` : ""
    throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed with exit code ${result.code}${tail}`)
  }
  return result
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

export function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal)
  } catch {
    // already gone
  }
}

/**
 * Stops a detached child and everything in its process group: `signal` first, SIGKILL after
 * `graceMs`. Resolves once no process of the group is left.
 */
export async function stopGroup(pgid, { signal = "SIGTERM", graceMs = 20000 } = {}) {
  if (!pgid || !groupAlive(pgid)) {
    return
  }
  signalGroup(pgid, signal)
  const until = Date.now() + graceMs
  while (groupAlive(pgid) && Date.now() < until) {
    await sleep(200)
  }
  if (groupAlive(pgid)) {
    signalGroup(pgid, "SIGKILL")
    while (groupAlive(pgid)) {
      await sleep(100)
    }
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** Polls `url` until it answers 2xx; returns false after `timeoutMs` or when `stillRunning()` turns false. */
export async function waitForHttp(url, { timeoutMs = 180000, stillRunning = () => true } = {}) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until && stillRunning()) {
    try {
      const res = await fetch(url)
      if (res.ok) {
        return true
      }
    } catch {
      // not up yet
    }
    await sleep(500)
  }
  return false
}

/** Formats a duration for logs: "42.1 s". */
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
