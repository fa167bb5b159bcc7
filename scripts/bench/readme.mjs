#!/usr/bin/env node
// `npm run bench:readme`: writes the results in bench/results/*.json into README.md, between the
// `<!-- bench-results:start -->` and `<!-- bench-results:end -->` markers of "Benchmarks".
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "../lib/proc.mjs"
import { CASES } from "./index.mjs"
import { SCALES } from "./lib.mjs"

const README = path.join(ROOT, "README.md")
const START = "<!-- bench-results:start -->"
const END = "<!-- bench-results:end -->"

const floorText = (floor) => Object.entries(floor).map(([k, v]) => `${k.replace(/_/g, " ")} ${v}`).join(", ")

/** A result's entries ("10k", "10k before", …) by scale, a labelled run before the plain one. */
function entries(result) {
  const order = Object.keys(SCALES)
  const rank = (key) => order.indexOf(key.split(" ")[0]) * 2 + (key.includes(" ") ? 0 : 1)
  return Object.keys(result.scales)
    .filter((key) => !key.startsWith("smoke"))
    .sort((x, y) => rank(x) - rank(y))
}

/**
 * The server's peak RSS; a case that samples it during its own work (`withPeakRss`) adds how far it
 * rose then and, where it kept it, how far the run's second half rose above its first half's peak.
 */
function rss(r, entry) {
  if (r.peak_rss_mb === undefined) {
    return entry.peak_rss_mb
  }
  const late = r.late_growth_mb === undefined ? "" : `, +${r.late_growth_mb} in its second half`
  return `${r.peak_rss_mb} (+${r.rss_growth_mb} during the run${late})`
}

function section(result) {
  const scales = entries(result)
  if (!scales.length) {
    return `**${result.title}**: not measured yet.`
  }
  const rows = scales.flatMap((s) =>
    result.scales[s].results.map(
      (r) => `| ${s} | ${r.name} | ${r.p50} | ${r.p95} | ${floorText(r.floor)} | ${r.ratio} | ${r.rows} | ${r.bytes} | ${rss(r, result.scales[s])} |`
    )
  )
  const runs = [...new Set(scales.map((s) => `${s}: ${result.scales[s].commit}, ${result.scales[s].date.slice(0, 10)}, ${result.scales[s].runs} runs`))]
  return [
    `**${result.title}** (goal: ${result.goal})`,
    "",
    "| scale | variant | p50 ms | p95 ms | floor (ms, or req/s) | ratio | rows | bytes | server peak RSS MB |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `Runs: ${runs.join("; ")}.`,
  ].join("\n")
}

const results = CASES.map((c) => path.join(ROOT, "bench", "results", `${c.name}.json`))
  .filter((file) => fs.existsSync(file))
  .map((file) => JSON.parse(fs.readFileSync(file, "utf8")))
const machines = [...new Set(results.flatMap((r) => entries(r).map((s) => r.scales[s].machine)))]
const body = [`Measured on: ${machines.join("; ") || "–"}.`, "", ...results.map(section).flatMap((s) => [s, ""])].join("\n")

const readme = fs.readFileSync(README, "utf8")
const [before, rest] = readme.split(START)
if (rest === undefined || !rest.includes(END)) {
  throw new Error(`README.md has no ${START} … ${END} block`)
}
fs.writeFileSync(README, `${before}${START}\n${body}\n${END}${rest.split(END)[1]}`)
console.log(`README.md: ${results.length} benchmark results written`)
