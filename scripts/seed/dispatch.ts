import { DateTime } from "luxon"
import { SERVICE_MANAGEMENT_MODULE, ServiceManagementModuleService } from "../../src/modules/service-management"
import {
  createAssignmentWorkflow,
  createDispatchTeamWorkflow,
  createServiceOrderWorkflow,
  createSkillWorkflow,
  createTechnicianAbsenceWorkflow,
  createTechnicianWorkflow,
  transitionServiceOrderWorkflow,
} from "../../src/workflows"
import { report, SeedSection } from "./context"

const ZONE = "Europe/Amsterdam"
const WEEKDAYS = Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), [{ start: "08:00", end: "12:30" }, { start: "13:00", end: "17:00" }]]))

const SKILLS = [
  ["heat_pumps", "Heat pumps"],
  ["refrigerant_handling", "F-gas refrigerant handling"],
  ["electrical", "Electrical installation"],
  ["espresso_machines", "Espresso machines"],
  ["e_bikes", "E-bikes"],
  ["appliance_repair", "Household appliance repair"],
] as const

const TEAMS = [
  { name: "Heating & cooling", color: "#d9480f" },
  { name: "Appliances & bikes", color: "#1971c2" },
]

const TECHNICIANS = [
  { first_name: "Tom", last_name: "Tech", email: "technician@example.com", team: 0, color: "#e8590c", skills: ["heat_pumps", "refrigerant_handling", "electrical"] },
  { first_name: "Lena", last_name: "Vogel", email: "lena.vogel@example.com", team: 0, color: "#f08c00", skills: ["heat_pumps", "refrigerant_handling"] },
  { first_name: "Sam", last_name: "Okafor", email: "sam.okafor@example.com", team: 0, color: "#c2255c", skills: ["electrical", "appliance_repair"] },
  { first_name: "Marta", last_name: "Rossi", email: "marta.rossi@example.com", team: 1, color: "#1c7ed6", skills: ["espresso_machines", "appliance_repair"] },
  { first_name: "Jonas", last_name: "Berg", email: "jonas.berg@example.com", team: 1, color: "#2f9e44", skills: ["e_bikes", "appliance_repair"] },
]

// Field jobs for the dispatch board: customer, task code, title. Each gets visits this week.
const JOBS = [
  ["anna.keller@example.com", "HP-INSPECT", "Annual heat pump inspection"],
  ["customer@example.com", "HP-INSPECT", "Heat pump makes a clicking noise at start-up"],
  ["michael.chen@example.com", "HP-INSPECT", "Heat pump service before winter"],
  ["orders@kaffeehaus-nordwind.example.com", "ESP-MAINT", "Espresso machine descaling (bar 2)"],
  ["facilities@maplegrove-dental.example.com", "ESP-MAINT", "Espresso machine pressure drops"],
  ["sophie.dubois@example.com", "EBIKE-SERVICE", "E-bike yearly service"],
  ["pieter.devries@example.com", "REPAIR", "Washing machine does not heat"],
  ["anna.keller@example.com", "REPAIR", "Dryer stops mid-cycle"],
  ["customer@example.com", "EBIKE-SERVICE", "E-bike display shows error 21"],
  ["michael.chen@example.com", "HP-INSPECT", "Heat pump low flow alarm"],
] as const
// Left unassigned in "requested", for the board's queue.
const QUEUED = [
  ["sophie.dubois@example.com", "EBIKE-SERVICE", "E-bike brake pads worn", "high"],
  ["orders@kaffeehaus-nordwind.example.com", "ESP-MAINT", "Grinder jams on fine setting", "urgent"],
  ["pieter.devries@example.com", "REPAIR", "Door seal leaking", "normal"],
] as const

// Visits of this week (Mon–Fri, local time): [weekday, technician, job, start, end].
const VISITS: [number, number, number, string, string][] = [
  [1, 0, 0, "08:30", "10:00"], [1, 1, 2, "09:00", "11:00"], [1, 3, 3, "08:30", "10:30"], [1, 4, 5, "10:00", "11:30"], [1, 2, 6, "13:30", "15:30"],
  [2, 0, 1, "09:00", "11:30"], [2, 1, 9, "13:00", "15:00"], [2, 3, 4, "09:30", "11:30"], [2, 4, 8, "13:30", "14:30"], [2, 2, 7, "08:30", "10:00"],
  [3, 0, 9, "08:30", "10:30"], [3, 1, 0, "13:00", "14:30"], [3, 3, 3, "14:00", "15:30"], [3, 4, 5, "09:00", "10:00"], [3, 2, 6, "10:30", "12:00"],
  [4, 0, 2, "13:00", "16:00"], [4, 3, 4, "08:30", "10:00"], [4, 4, 8, "11:00", "12:00"], [4, 2, 7, "14:00", "16:00"],
  [5, 0, 1, "08:30", "10:00"], [5, 1, 2, "10:30", "12:30"], [5, 3, 3, "13:00", "14:00"], [5, 4, 5, "15:00", "16:30"],
]

/**
 * Dispatching: skills, two teams, five technicians (Tom Tech is the demo technician login) with
 * weekly hours, one on holiday on Thursday, ten field jobs with a week of visits (this week,
 * Monday to Friday) and three open requests left for the board's queue. Runs once: the demo's
 * technicians present means it ran.
 */
export const dispatchSection: SeedSection = {
  name: "dispatch",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    // The demo's own technicians (by e-mail), not any technician: a shop that already has its own
    // still gets the demo's board.
    const existing = await service.listServiceTechnicians({ email: TECHNICIANS.map((t) => t.email) }, { select: ["id"] })
    if (existing.length) {
      report(ctx, "dispatch", 0, existing.length, " technicians")
      return
    }
    const known = new Set((await service.listServiceSkills({}, { select: ["code"] })).map((s) => s.code))
    for (const [code, name] of SKILLS.filter(([code]) => !known.has(code))) {
      await createSkillWorkflow(ctx.container).run({ input: { code, name } })
    }
    const teams: { id: string }[] = []
    for (const team of TEAMS) {
      teams.push((await createDispatchTeamWorkflow(ctx.container).run({ input: team })).result)
    }
    const technicians: { id: string }[] = []
    for (const { team, ...t } of TECHNICIANS) {
      technicians.push(
        (await createTechnicianWorkflow(ctx.container).run({ input: { ...t, team_id: teams[team].id, timezone: ZONE, working_hours: WEEKDAYS } })).result
      )
    }

    const monday = DateTime.now().setZone(ZONE).startOf("week")
    const local = (weekday: number, clock: string) => {
      const [hour, minute] = clock.split(":").map(Number)
      return monday.plus({ days: weekday - 1 }).set({ hour, minute }).toJSDate()
    }
    await createTechnicianAbsenceWorkflow(ctx.container).run({
      input: { technician_id: technicians[1].id, starts_at: local(4, "00:00"), ends_at: local(5, "00:00"), reason: "vacation", note: "Long weekend" },
    })

    const newOrder = async ([email, task, title]: readonly string[], priority = "normal") =>
      (
        await createServiceOrderWorkflow(ctx.container).run({
          input: {
            customer_id: ctx.customers[email],
            title,
            priority: priority as any,
            currency_code: email.includes("chen") || email.includes("maplegrove") ? "usd" : "eur",
            metadata: { seed_key: `dispatch-${title}` },
            lines: [{ type: "hour", service_task_id: ctx.tasks[task], quantity: 1.5 }],
            actor: { type: "system" },
          },
        })
      ).result
    const jobs: { id: string }[] = []
    for (const job of JOBS) {
      const order = await newOrder(job)
      await transitionServiceOrderWorkflow(ctx.container).run({ input: { service_order_id: order.id, to_stage: "scheduled", actor: { type: "system" } } })
      jobs.push(order)
    }
    for (const [email, task, title, priority] of QUEUED) {
      await newOrder([email, task, title], priority)
    }
    for (const [weekday, tech, job, start, end] of VISITS) {
      await createAssignmentWorkflow(ctx.container).run({
        input: { service_order_id: jobs[job].id, technician_id: technicians[tech].id, starts_at: local(weekday, start), ends_at: local(weekday, end) },
      })
    }
    report(ctx, "dispatch", TECHNICIANS.length, 0, ` technicians, ${JOBS.length + QUEUED.length} field orders, ${VISITS.length} visits this week`)
  },
}
