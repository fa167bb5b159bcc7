import { OVERRIDE_RULES, type OverrideRule } from "./dispatch-types"

/** How the API refuses an assignment; its messages are the contract (README, Dispatching). */
const statusOf = (error: unknown) =>
  error && typeof error === "object" && "status" in error ? (error as { status?: number }).status : undefined

/**
 * The rules a 400 names as needing an override ("Assignment needs an override: outside_working_hours
 * (…), missing_skill (…)"), or null for any other error. The message is the API's contract.
 */
export const overrideRulesOf = (error: unknown): OverrideRule[] | null => {
  if (statusOf(error) !== 400) {
    return null
  }
  const message = (error as { message?: string }).message ?? ""
  if (!/needs? an override/i.test(message)) {
    return null
  }
  const rules = OVERRIDE_RULES.filter((rule) => message.includes(rule))
  return rules.length ? rules : null
}

export const isConflict = (error: unknown) => statusOf(error) === 409

/** The API's violations, one per line: "…: outside_working_hours (…); missing_skill (…). Send override: […]". */
export const violationsOf = (message: string, rules: OverrideRule[]) => {
  // The API ends with how to override ("Send override: [...]"); the prompt does that part itself.
  const detail = message.slice(message.indexOf(":") + 1).split(/\.?\s*Send override/)[0]
  const starts = rules
    .map((rule) => ({ rule, at: detail.indexOf(rule) }))
    .filter((r) => r.at >= 0)
    .sort((a, b) => a.at - b.at)
  return starts.map(({ rule, at }, i) => {
    const text = detail.slice(at + rule.length, starts[i + 1]?.at ?? detail.length).trim().replace(/[,;]$/, "").trim()
    return { rule, text: text.replace(/^\((.*)\)$/s, "$1") }
  })
}

