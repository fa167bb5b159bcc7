import { model } from "@medusajs/framework/utils"
import { AgreementOccurrence } from "./agreement-occurrence"
import { ServiceAgreement } from "./service-agreement"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"
import { AllowanceBalance } from "./allowance-balance"
import { AGREEMENT_LINE_TYPES, ALLOWANCE_PERIODS, ALLOWANCE_UNITS } from "../../../types/enums"

// The same types as service order lines (kept here, not imported, to avoid an import cycle).

/**
 * A resource the agreement provides — hours, an item, an expense or a fee — for a service
 * object, with price and cost, and a recurrence (an RFC 5545 RRULE such as
 * `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1`) from which service orders are generated.
 */
export const ServiceAgreementLine = model
  .define("service_agreement_line", {
    id: model.id({ prefix: "sagl" }).primaryKey(),
    type: model.enum([...AGREEMENT_LINE_TYPES]),
    description: model.text(),
    service_object_id: model.text().nullable(),
    service_task_id: model.text().nullable(),
    quantity: model.bigNumber(),
    unit_price: model.bigNumber().default(0),
    unit_cost: model.bigNumber().default(0),
    // Without a recurrence the line is billed per agreement but generates no orders.
    recurrence: model.text().nullable(),
    valid_from: model.dateTime().nullable(),
    valid_to: model.dateTime().nullable(),
    // Usage limit: e.g. 4 visits a year. Completed orders under the agreement draw on the balance
    // of the period (`allowance_balance`); usage beyond it is billed at `overage_unit_price`.
    // numeric (with Medusa's raw twin) like the balances it seeds: 0.1 hours stays 0.1.
    allowance_quantity: model.bigNumber().nullable(),
    allowance_unit: model.enum([...ALLOWANCE_UNITS]).nullable(),
    allowance_period: model.enum([...ALLOWANCE_PERIODS]).nullable(),
    overage_unit_price: model.bigNumber().nullable(),
    metadata: model.json().nullable(),
    allowance_balances: model.hasMany(() => AllowanceBalance, { mappedBy: "agreement_line" }),
    agreement: model.belongsTo(() => ServiceAgreement, { mappedBy: "lines" }),
    occurrences: model.hasMany(() => AgreementOccurrence, { mappedBy: "agreement_line" }),
  })
  .checks([
    maxLengthCheck("service_agreement_line", "description", INPUT_LIMITS.lineText),
    // An allowance is all three fields or none, and grants something.
    {
      name: "service_agreement_line_allowance_check",
      expression:
        "(allowance_quantity IS NULL AND allowance_unit IS NULL AND allowance_period IS NULL) OR " +
        "(allowance_quantity > 0 AND allowance_unit IS NOT NULL AND allowance_period IS NOT NULL)",
    },
    { name: "service_agreement_line_overage_price_check", expression: "overage_unit_price IS NULL OR overage_unit_price >= 0" },
  ])
  .indexes([
    { on: ["agreement_id"], where: "deleted_at IS NULL" },
    { on: ["service_object_id"], where: "deleted_at IS NULL AND service_object_id IS NOT NULL" },
  ])
