import { model } from "@medusajs/framework/utils"
import { ServiceReturn } from "./service-return"
import { SERVICE_RETURN_STATUSES } from "../../../types/enums"

/** A service return's status history: who moved it, when, from where to where, and why. */
export const ServiceReturnStatusChange = model
  .define("service_return_status_change", {
    id: model.id({ prefix: "sresc" }).primaryKey(),
    from_status: model.enum([...SERVICE_RETURN_STATUSES]).nullable(),
    to_status: model.enum([...SERVICE_RETURN_STATUSES]),
    actor_type: model.enum(["user", "customer", "system"]).default("system"),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
    service_return: model.belongsTo(() => ServiceReturn, { mappedBy: "history" }),
  })
  .indexes([{ on: ["service_return_id", "created_at"], where: "deleted_at IS NULL" }])
