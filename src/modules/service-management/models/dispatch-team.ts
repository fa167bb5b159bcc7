import { model } from "@medusajs/framework/utils"
import { Technician } from "./technician"

/** A group of technicians a dispatcher plans together (a region, a trade); the board filters on it. */
export const DispatchTeam = model
  .define("service_dispatch_team", {
    id: model.id({ prefix: "steam" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    color: model.text().nullable(),
    metadata: model.json().nullable(),
    technicians: model.hasMany(() => Technician, { mappedBy: "team" }),
  })
  .indexes([{ name: "IDX_service_dispatch_team_name_unique", on: ["name"], unique: true, where: "deleted_at IS NULL" }])
