// Turns what the test phases leave behind into counts. CommonJS so jest (unit phase) can test it.
const fs = require("node:fs")
const path = require("node:path")

/**
 * Counts from a jest `--json` report. A suite that failed without a failing test (it could not
 * load, or an `afterAll` threw) counts as one failure, and so does a non-zero exit code that the
 * report does not explain. `report` is the parsed JSON, or undefined when jest wrote none.
 */
function countJest(report, exitCode, root = process.cwd()) {
  if (!report) {
    return exitCode === 0
      ? { passed: 0, failed: 0, skipped: 0, notes: [] }
      : { passed: 0, failed: 1, skipped: 0, notes: [`jest exited with code ${exitCode} and wrote no report`] }
  }
  const brokenSuites = (report.testResults || []).filter(
    (s) => s.status === "failed" && !(s.assertionResults || []).some((a) => a.status === "failed")
  )
  const counts = {
    passed: report.numPassedTests || 0,
    failed: (report.numFailedTests || 0) + brokenSuites.length,
    skipped: (report.numPendingTests || 0) + (report.numTodoTests || 0),
    notes: brokenSuites.map((s) => {
      const firstLine = ((s.message || "").split("\n").find((l) => l.trim()) || "").trim()
      return `suite failed to run: ${path.relative(root, s.name)} ${firstLine.slice(0, 200)}`.trim()
    }),
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
 */
function countSummaryLine(output, prefix, exitCode) {
  const re = new RegExp(`^${prefix}: (\\d+) passed, (\\d+) failed\\b.*$`, "gm")
  const last = [...output.matchAll(re)].pop()
  if (!last) {
    return { passed: 0, failed: 1, skipped: 0, notes: [`no "${prefix}: N passed, M failed" line (exit code ${exitCode})`] }
  }
  const counts = { passed: Number(last[1]), failed: Number(last[2]), skipped: 0, notes: [] }
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1
    counts.notes.push(`exited with code ${exitCode}`)
  }
  return counts
}

module.exports = { countJest, countJestFile, countSummaryLine }
