import { model } from "@medusajs/framework/utils"
import { AgreementOccurrence } from "./agreement-occurrence"
import { ServiceAgreement } from "./service-agreement"
import { INPUT_LIMITS, maxLengthCheck } from "../utils/input-limits"
import { AGREEMENT_LINE_TYPES } from "../../../types/enums"

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
    metadata: model.json().nullable(),
    agreement: model.belongsTo(() => ServiceAgreement, { mappedBy: "lines" }),
    occurrences: model.hasMany(() => AgreementOccurrence, { mappedBy: "agreement_line" }),
  })
  .checks([maxLengthCheck("service_agreement_line", "description", INPUT_LIMITS.lineText)])
  .indexes([
    { on: ["agreement_id"], where: "deleted_at IS NULL" },
    { on: ["service_object_id"], where: "deleted_at IS NULL AND service_object_id IS NOT NULL" },
  ])
