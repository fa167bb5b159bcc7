import { model } from "@medusajs/framework/utils"
import { Technician } from "./technician"
import { ABSENCE_REASONS } from "../../../types/enums"

/** Time a technician is not available (holiday, sickness, training); assigning into it needs an override. */
export const TechnicianAbsence = model
  .define("service_technician_absence", {
    id: model.id({ prefix: "sabs" }).primaryKey(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    reason: model.enum([...ABSENCE_REASONS]).default("other"),
    note: model.text().nullable(),
    technician: model.belongsTo(() => Technician, { mappedBy: "absences" }),
  })
  .checks([{ name: "service_technician_absence_window_check", expression: "ends_at > starts_at" }])
  .indexes([{ on: ["technician_id", "starts_at"], where: "deleted_at IS NULL" }])
