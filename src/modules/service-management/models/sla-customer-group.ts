import { model } from "@medusajs/framework/utils"
import { ServiceLevelAgreement } from "./service-level-agreement"

/** Assigns an SLA to a Medusa customer group; a group has at most one SLA (unique in Postgres). */
export const SlaCustomerGroup = model
  .define("service_sla_customer_group", {
    id: model.id({ prefix: "slacg" }).primaryKey(),
    customer_group_id: model.text(),
    sla: model.belongsTo(() => ServiceLevelAgreement, { mappedBy: "customer_groups" }),
  })
  .indexes([
    {
      name: "IDX_service_sla_customer_group_group_unique",
      on: ["customer_group_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
