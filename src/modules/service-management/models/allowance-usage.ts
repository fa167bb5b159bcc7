import { model } from "@medusajs/framework/utils"
import { AllowanceBalance } from "./allowance-balance"
import { ALLOWANCE_UNITS } from "../../../types/enums"

/**
 * One completed service order's draw on an allowance: how much the balance covered and how much
 * went beyond it (billed as overage when the order is posted). Unique per (order, line), so an
 * order completed, reopened and completed again draws once.
 */
export const AllowanceUsage = model
  .define("service_allowance_usage", {
    id: model.id({ prefix: "salu" }).primaryKey(),
    service_order_id: model.text(),
    agreement_line_id: model.text(),
    unit: model.enum([...ALLOWANCE_UNITS]),
    // numeric, as the balance's: covered + overage = quantity exactly.
    quantity: model.bigNumber(),
    covered_quantity: model.bigNumber(),
    overage_quantity: model.bigNumber(),
    balance: model.belongsTo(() => AllowanceBalance, { mappedBy: "usages" }),
  })
  .checks([
    {
      name: "service_allowance_usage_quantity_check",
      expression: "covered_quantity >= 0 AND overage_quantity >= 0",
    },
  ])
  .indexes([
    {
      name: "IDX_service_allowance_usage_order_line_unique",
      on: ["service_order_id", "agreement_line_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["balance_id"], where: "deleted_at IS NULL" },
  ])
