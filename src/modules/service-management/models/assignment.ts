import { model } from "@medusajs/framework/utils"
import { ServiceOrder } from "./service-order"
import { Technician } from "./technician"
import { ASSIGNMENT_STATUSES } from "../../../types/enums"

// What a dispatcher may override explicitly; the reasons are kept on the assignment.

/**
 * A technician booked on a service order (or one of its hour lines) for a time window.
 * Postgres refuses two live, overlapping windows of one technician (exclusion constraint
 * `service_assignment_no_overlap`, btree_gist on tstzrange), so racing dispatchers cannot both win.
 */
export const Assignment = model
  .define("service_assignment", {
    id: model.id({ prefix: "sasg" }).primaryKey(),
    service_order_line_id: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    status: model.enum([...ASSIGNMENT_STATUSES]).default("planned"),
    note: model.text().nullable(),
    // Rules the dispatcher overrode for this window (empty when none were needed).
    overrides: model.array().default([]),
    override_note: model.text().nullable(),
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
    service_order: model.belongsTo(() => ServiceOrder, { mappedBy: "assignments" }),
    technician: model.belongsTo(() => Technician, { mappedBy: "assignments" }),
  })
  .checks([{ name: "service_assignment_window_check", expression: "ends_at > starts_at" }])
  .indexes([
    { on: ["technician_id", "starts_at"], where: "deleted_at IS NULL" },
    { on: ["service_order_id"], where: "deleted_at IS NULL" },
    { on: ["starts_at"], where: "deleted_at IS NULL" },
  ])
