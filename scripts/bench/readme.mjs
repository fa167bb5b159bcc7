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

function section(result) {
  const scales = Object.keys(SCALES).filter((s) => s !== "smoke" && result.scales[s])
  if (!scales.length) {
    return `**${result.title}**: not measured yet.`
  }
  const rows = scales.flatMap((s) =>
    result.scales[s].results.map(
      (r) => `| ${s} | ${r.name} | ${r.p50} | ${r.p95} | ${floorText(r.floor)} | ${r.ratio} | ${r.rows} | ${r.bytes} | ${result.scales[s].peak_rss_mb} |`
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
const machines = [...new Set(results.flatMap((r) => Object.entries(r.scales).filter(([s]) => s !== "smoke").map(([, e]) => e.machine)))]
const body = [`Measured on: ${machines.join("; ") || "–"}.`, "", ...results.map(section).flatMap((s) => [s, ""])].join("\n")

const readme = fs.readFileSync(README, "utf8")
const [before, rest] = readme.split(START)
if (rest === undefined || !rest.includes(END)) {
  throw new Error(`README.md has no ${START} … ${END} block`)
}
fs.writeFileSync(README, `${before}${START}\n${body}\n${END}${rest.split(END)[1]}`)
console.log(`README.md: ${results.length} benchmark results written`)
