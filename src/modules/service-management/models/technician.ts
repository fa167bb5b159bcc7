import { model } from "@medusajs/framework/utils"
import { Assignment } from "./assignment"
import { DispatchTeam } from "./dispatch-team"
import { RepairLine } from "./repair-line"
import { TechnicianAbsence } from "./technician-absence"

/**
 * A person who does service work, optionally linked to a Medusa admin user (who then sees only
 * the orders assigned to them). Working hours have the SLA calendar's shape: weekly periods keyed
 * by ISO weekday in the technician's own time zone.
 */
export const Technician = model
  .define("service_technician", {
    id: model.id({ prefix: "stech" }).primaryKey(),
    user_id: model.text().nullable(),
    first_name: model.text().searchable(),
    last_name: model.text().searchable().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    color: model.text().nullable(),
    // Skill codes (see Skill); a task's `required_skills` must all be here for a plain assignment.
    skills: model.array().default([]),
    timezone: model.text(),
    // { "1": [{ "start": "08:00", "end": "17:00" }], … } keyed by ISO weekday (1 = Monday).
    working_hours: model.json(),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
    team: model.belongsTo(() => DispatchTeam, { mappedBy: "technicians" }).nullable(),
    absences: model.hasMany(() => TechnicianAbsence, { mappedBy: "technician" }),
    assignments: model.hasMany(() => Assignment, { mappedBy: "technician" }),
    repair_lines: model.hasMany(() => RepairLine, { mappedBy: "technician" }),
  })
  .indexes([
    // One technician per admin user: the user's scope must be unambiguous.
    { name: "IDX_service_technician_user_id_unique", on: ["user_id"], unique: true, where: "deleted_at IS NULL AND user_id IS NOT NULL" },
    { on: ["team_id"], where: "deleted_at IS NULL" },
    { on: ["last_name", "first_name"], where: "deleted_at IS NULL" },
  ])
