// Turns what the test phases leave behind into counts. CommonJS so jest (unit phase) can test it.
const fs = require("node:fs")
const path = require("node:path")

// A failure's note keeps its first line only, so the summary stays one line per failure.
const firstLine = (text) => ((text || "").split("\n").find((l) => l.trim()) || "").trim().slice(0, 200)

/**
 * Counts from a jest `--json` report. A suite that failed without a failing test (it could not
 * load, or an `afterAll` threw) counts as one failure, and so does a non-zero exit code that the
 * report does not explain. Notes name every failure (file, test, first line of its message), so
 * the summary at the end of a long run says what failed. `report` is the parsed JSON, or
 * undefined when jest wrote none.
 */
function countJest(report, exitCode, root = process.cwd()) {
  if (!report) {
    return exitCode === 0
      ? { passed: 0, failed: 0, skipped: 0, notes: [] }
      : { passed: 0, failed: 1, skipped: 0, notes: [`jest exited with code ${exitCode} and wrote no report`] }
  }
  const suites = report.testResults || []
  const brokenSuites = suites.filter(
    (s) => s.status === "failed" && !(s.assertionResults || []).some((a) => a.status === "failed")
  )
  const failedTests = suites.flatMap((s) =>
    (s.assertionResults || [])
      .filter((a) => a.status === "failed")
      .map((a) => `failed: ${path.relative(root, s.name)} › ${a.fullName || a.title} ${firstLine((a.failureMessages || [])[0])}`.trim())
  )
  const counts = {
    passed: report.numPassedTests || 0,
    failed: (report.numFailedTests || 0) + brokenSuites.length,
    skipped: (report.numPendingTests || 0) + (report.numTodoTests || 0),
    notes: [
      ...failedTests,
      ...brokenSuites.map((s) => `suite failed to run: ${path.relative(root, s.name)} ${firstLine(s.message)}`.trim()),
    ],
  }
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1
    counts.notes.push(`jest exited with code ${exitCode} without a failing test`)
  }
  return counts
}

/** Reads and counts a jest report file (see countJest). */
function countJestFile(file, exitCode, root) {
  let report
  try {
    report = JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    report = undefined
  }
  return countJest(report, exitCode, root)
}

/**
 * Counts from output that ends with a line `<prefix>: N passed, M failed` (the browser test, the
 * plugin check). The last such line wins; none, or a non-zero exit code with no failure, is a failure.
 * Notes name the failures the script reported as `[<prefix>] FAIL …` or `[<prefix>] ✗ …`.
 */
function countSummaryLine(output, prefix, exitCode) {
  const failures = [...output.matchAll(new RegExp(`^\\[${prefix}\\] (?:FAIL|✗) (.*)$`, "gm"))].map(
    (m) => `failed: ${firstLine(m[1])}`
  )
  const re = new RegExp(`^${prefix}: (\\d+) passed, (\\d+) failed\\b.*$`, "gm")
  const last = [...output.matchAll(re)].pop()
  if (!last) {
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      notes: [...failures, `no "${prefix}: N passed, M failed" line (exit code ${exitCode})`],
    }
  }
  const counts = { passed: Number(last[1]), failed: Number(last[2]), skipped: 0, notes: failures }
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1
    counts.notes.push(`exited with code ${exitCode}`)
  }
  return counts
}

module.exports = { countJest, countJestFile, countSummaryLine }
