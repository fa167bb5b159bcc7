import { createServiceTasksWorkflow } from "../../src/workflows"
import { SERVICE_MANAGEMENT_MODULE } from "../../src/modules/service-management"
import { report, SeedSection } from "./context"

/** The work catalogue. Prices and costs are per hour for labour tasks, in the order's currency. */
export const DEMO_TASKS = [
  {
    code: "HP-INSTALL",
    name: "Heat pump installation",
    description: "Set the outdoor unit, connect hydraulics and electrics, commission and hand over.",
    default_duration_minutes: 960,
    default_unit_price: 95,
    default_unit_cost: 52,
    required_skills: ["heat_pumps", "refrigerant_handling", "electrical"],
  },
  {
    code: "HP-INSPECT",
    name: "Annual heat pump inspection",
    description: "Check refrigerant circuit for leaks, clean the evaporator, test safety devices, read the fault log.",
    default_duration_minutes: 90,
    default_unit_price: 95,
    default_unit_cost: 48,
    required_skills: ["heat_pumps", "refrigerant_handling"],
  },
  {
    code: "ESP-MAINT",
    name: "Espresso machine maintenance",
    description: "Descale boilers, replace group gaskets and shower screens, calibrate pressure and temperature.",
    default_duration_minutes: 120,
    default_unit_price: 85,
    default_unit_cost: 42,
    required_skills: ["espresso_machines"],
  },
  {
    code: "EBIKE-SERVICE",
    name: "E-bike service",
    description: "Brake and drivetrain service, battery health report, motor firmware update.",
    default_duration_minutes: 75,
    default_unit_price: 70,
    default_unit_cost: 34,
    required_skills: ["e_bikes"],
  },
  {
    code: "REPAIR",
    name: "Diagnosis and repair",
    description: "Find the fault, replace the failed parts and test the appliance.",
    default_duration_minutes: 60,
    default_unit_price: 89,
    default_unit_cost: 45,
    required_skills: ["appliance_repair"],
  },
]

/** Service tasks (inspection, repair, installation, maintenance), keyed by code. */
export const serviceTasksSection: SeedSection = {
  name: "service tasks",
  demo: true,
  run: async (ctx) => {
    const service = ctx.container.resolve(SERVICE_MANAGEMENT_MODULE) as any
    const existing = await service.listServiceTasks({ code: DEMO_TASKS.map((t) => t.code) })
    const missing = DEMO_TASKS.filter((t) => !existing.some((e: any) => e.code === t.code))
    if (missing.length) {
      await createServiceTasksWorkflow(ctx.container).run({ input: { service_tasks: missing } })
    }
    for (const t of await service.listServiceTasks({ code: DEMO_TASKS.map((t) => t.code) })) {
      ctx.tasks[t.code] = t.id
    }
    report(ctx, "service tasks", missing.length, DEMO_TASKS.length - missing.length)
  },
}
