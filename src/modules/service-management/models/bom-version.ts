import { model } from "@medusajs/framework/utils"
import { Bom } from "./bom"
import { BomComponent } from "./bom-component"
import { ServiceObject } from "./service-object"
import { BOM_VERSION_STATUSES } from "../../../types/enums"

/**
 * One version of a BOM: its components and when it is valid. Only drafts change; approved
 * versions of one BOM never overlap in validity (an exclusion constraint in Postgres).
 */
export const BomVersion = model
  .define("service_bom_version", {
    id: model.id({ prefix: "sbomv" }).primaryKey(),
    version: model.number(),
    status: model.enum([...BOM_VERSION_STATUSES]).default("draft"),
    valid_from: model.dateTime(),
    valid_to: model.dateTime().nullable(),
    description: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    approved_by: model.text().nullable(),
    retired_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    bom: model.belongsTo(() => Bom, { mappedBy: "versions" }),
    components: model.hasMany(() => BomComponent, { mappedBy: "version" }),
    service_objects: model.hasMany(() => ServiceObject, { mappedBy: "bom_version" }),
  })
  .cascades({ delete: ["components"] })
  .checks([
    { name: "service_bom_version_validity_check", expression: "valid_to IS NULL OR valid_to > valid_from" },
  ])
  .indexes([
    { name: "IDX_service_bom_version_bom_version_unique", on: ["bom_id", "version"], unique: true, where: "deleted_at IS NULL" },
    { on: ["bom_id", "status", "valid_from"], where: "deleted_at IS NULL" },
  ])
