import { model } from "@medusajs/framework/utils"
import { ServiceObject } from "./service-object"

/** One move of a service object from one BOM version to another. Never edited. */
export const ServiceObjectBomHistory = model
  .define("service_object_bom_history", {
    id: model.id({ prefix: "sobh" }).primaryKey(),
    from_bom_version_id: model.text().nullable(),
    to_bom_version_id: model.text(),
    note: model.text().nullable(),
    actor_id: model.text().nullable(),
    service_object: model.belongsTo(() => ServiceObject, { mappedBy: "bom_history" }),
  })
  .indexes([{ on: ["service_object_id", "created_at"], where: "deleted_at IS NULL" }])
