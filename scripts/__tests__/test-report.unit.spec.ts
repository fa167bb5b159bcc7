import { countJest, countSummaryLine } from "../lib/test-report"

describe("countJest", () => {
  const suite = (status: string, tests: string[], message = "") => ({
    name: "/repo/src/a.spec.ts",
    status,
    message,
    assertionResults: tests.map((s, i) => ({ status: s, fullName: `test ${i}` })),
  })

  it("adds pending and todo tests to skipped", () => {
    const counts = countJest(
      { numPassedTests: 3, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1, testResults: [suite("failed", ["passed", "failed"])] },
      1,
      "/repo"
    )
    expect(counts).toEqual({ passed: 3, failed: 1, skipped: 3, notes: ["failed: src/a.spec.ts › test 1"] })
  })

  it("counts a suite that could not run as a failure and names it", () => {
    const counts = countJest(
      { numPassedTests: 5, numFailedTests: 0, testResults: [suite("failed", [], "\n  Cannot find module 'x'\n")] },
      1,
      "/repo"
    )
    expect(counts.failed).toBe(1)
    expect(counts.notes).toEqual(["suite failed to run: src/a.spec.ts Cannot find module 'x'"])
  })

  it("names each failing test with the first line of its message", () => {
    const counts = countJest(
      {
        numPassedTests: 1,
        numFailedTests: 1,
        testResults: [
          {
            name: "/repo/src/a.spec.ts",
            status: "failed",
            assertionResults: [
              { status: "passed", fullName: "a works" },
              { status: "failed", fullName: "a refuses", failureMessages: ["\nError: expected 400\n    at x.ts:1"] },
            ],
          },
        ],
      },
      1,
      "/repo"
    )
    expect(counts.notes).toEqual(["failed: src/a.spec.ts › a refuses Error: expected 400"])
  })

  it("counts a non-zero exit without failing tests as one failure", () => {
    expect(countJest({ numPassedTests: 2, numFailedTests: 0, testResults: [] }, 1).failed).toBe(1)
  })

  it("treats a missing report as a failure only when jest failed", () => {
    expect(countJest(undefined, 0).failed).toBe(0)
    expect(countJest(undefined, 1).failed).toBe(1)
  })
})

describe("countSummaryLine", () => {
  it("reads the last summary line", () => {
    const out = "browser: 1 passed, 0 failed\n…\nbrowser: 9 passed, 1 failed\n"
    expect(countSummaryLine(out, "browser", 1)).toEqual({ passed: 9, failed: 1, skipped: 0, notes: [] })
  })

  it("fails when the line is missing or the exit code contradicts it", () => {
    expect(countSummaryLine("crashed", "browser", 1).failed).toBe(1)
    expect(countSummaryLine("plugin-check: 1 passed, 0 failed", "plugin-check", 2).failed).toBe(1)
    expect(countSummaryLine("plugin-check: 1 passed, 0 failed", "plugin-check", 0).failed).toBe(0)
  })

  it("names the failures the script reported, first line only", () => {
    const out = "[production] ✓ one\n[production] ✗ crash: Error: boom\n    at y.mjs:2\nproduction: 1 passed, 1 failed, 0 skipped\n"
    expect(countSummaryLine(out, "production", 1).notes).toEqual(["failed: crash: Error: boom"])
    const browser = "[browser] FAIL board: timeout\nbrowser: 3 passed, 1 failed\n"
    expect(countSummaryLine(browser, "browser", 1).notes).toEqual(["failed: board: timeout"])
  })

  it("ignores summary lines of other checks and lines that only contain the text", () => {
    expect(countSummaryLine("  browser: 5 passed, 0 failed", "browser", 0).failed).toBe(1)
  })
})
