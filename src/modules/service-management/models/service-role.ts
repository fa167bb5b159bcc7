import { model } from "@medusajs/framework/utils"
import { SERVICE_ROLES } from "../../../types/enums"

/**
 * The service role of one Medusa admin user, carried by the plugin (Medusa's RBAC is an
 * enterprise-licensed beta). A user without a row gets the plugin option `roles.default`.
 */
export const ServiceRole = model
  .define("service_role", {
    id: model.id({ prefix: "srole" }).primaryKey(),
    user_id: model.text(),
    role: model.enum([...SERVICE_ROLES]),
    created_by: model.text().nullable(),
  })
  .indexes([
    // One role per user: the guard resolves it with a single lookup.
    { name: "IDX_service_role_user_id_unique", on: ["user_id"], unique: true, where: "deleted_at IS NULL" },
  ])
