import { model } from "@medusajs/framework/utils"
import { ServiceSubscription } from "./service-subscription"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"

/** A family of subscriptions (e.g. "Care plans"), for reports and bulk handling. */
export const SubscriptionGroup = model
  .define("service_subscription_group", {
    id: model.id({ prefix: "ssgr" }).primaryKey(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    metadata: model.json().nullable(),
    subscriptions: model.hasMany(() => ServiceSubscription, { mappedBy: "group" }),
  })
  .checks([maxLengthCheck("service_subscription_group", "code", INPUT_LIMITS.code)])
  .indexes([{ name: "IDX_service_subscription_group_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" }])
