import { DateTime } from "luxon"
import { BusinessCalendar } from "./business-time"
import { isCovered, overlaps, TimeWindow, workingPeriodsBetween } from "./working-periods"
import { AssignmentOverride } from "../../../types/enums"

export type AssignmentRuleViolation = { rule: AssignmentOverride; message: string }

export type AssignmentRuleInput = {
  window: TimeWindow
  technician: Pick<BusinessCalendar, "timezone" | "working_hours"> & { skills: string[] }
  absences: (TimeWindow & { reason: string })[]
  required_skills: string[]
}

const local = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat("ccc dd LLL HH:mm")

/**
 * The rules a window breaks for a technician — outside their working hours, during an absence,
 * lacking a skill the order's tasks require — each in words. A dispatcher may override them
 * explicitly; overlaps are not here: Postgres refuses those outright.
 */
export function assignmentRuleViolations(input: AssignmentRuleInput): AssignmentRuleViolation[] {
  const { window, technician } = input
  const violations: AssignmentRuleViolation[] = []
  const periods = workingPeriodsBetween(technician, window.starts_at, window.ends_at)
  if (!isCovered(window, periods)) {
    violations.push({
      rule: "outside_working_hours",
      message: `${local(window.starts_at, technician.timezone)}–${DateTime.fromJSDate(window.ends_at, { zone: technician.timezone }).toFormat("HH:mm")} (${technician.timezone}) is not within the technician's working hours`,
    })
  }
  const absence = input.absences.find((a) => overlaps(a, window))
  if (absence) {
    violations.push({
      rule: "absence",
      message: `the technician is absent (${absence.reason}) from ${local(absence.starts_at, technician.timezone)} to ${local(absence.ends_at, technician.timezone)}`,
    })
  }
  const missing = [...new Set(input.required_skills)].filter((s) => !technician.skills.includes(s))
  if (missing.length) {
    violations.push({ rule: "missing_skill", message: `the technician lacks the required skill(s) ${missing.join(", ")}` })
  }
  return violations
}
