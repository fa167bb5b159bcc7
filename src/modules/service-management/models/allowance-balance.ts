import { model } from "@medusajs/framework/utils"
import { AllowanceUsage } from "./allowance-usage"
import { ServiceAgreementLine } from "./service-agreement-line"

/**
 * What an agreement line's allowance has left in one period. Created on the period's first
 * draw; `used` only moves by one conditional UPDATE per draw (see `AllowanceRepository`), and
 * the CHECK makes an overdraw impossible in Postgres whatever the code does.
 */
export const AllowanceBalance = model
  .define("service_allowance_balance", {
    id: model.id({ prefix: "salb" }).primaryKey(),
    period_start: model.dateTime(),
    period_end: model.dateTime().nullable(),
    // numeric (with Medusa's raw twin), not real: hours such as 0.1 + 0.2 add up exactly.
    allowance: model.bigNumber(),
    used: model.bigNumber().default(0),
    agreement_line: model.belongsTo(() => ServiceAgreementLine, { mappedBy: "allowance_balances" }),
    usages: model.hasMany(() => AllowanceUsage, { mappedBy: "balance" }),
  })
  .checks([{ name: "service_allowance_balance_used_check", expression: "used >= 0 AND used <= allowance" }])
  .indexes([
    {
      name: "IDX_service_allowance_balance_line_period_unique",
      on: ["agreement_line_id", "period_start"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
