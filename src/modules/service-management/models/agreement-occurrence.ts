import { model } from "@medusajs/framework/utils"
import { ServiceAgreementLine } from "./service-agreement-line"
import { ServiceOrder } from "./service-order"

/**
 * One due date of an agreement line, claimed once: the unique (line, date) key in Postgres
 * makes generation idempotent even when two generations run at once. Claims are never
 * soft-deleted (a failed generation removes its claims for good, so a retry can claim again).
 */
export const AgreementOccurrence = model
  .define("service_agreement_occurrence", {
    id: model.id({ prefix: "sagoc" }).primaryKey(),
    occurrence_date: model.dateTime(),
    agreement_id: model.text(),
    agreement_line: model.belongsTo(() => ServiceAgreementLine, { mappedBy: "occurrences" }),
    service_order: model.belongsTo(() => ServiceOrder, { mappedBy: "agreement_occurrences" }).nullable(),
  })
  .indexes([
    {
      name: "IDX_service_agreement_occurrence_line_date_unique",
      on: ["agreement_line_id", "occurrence_date"],
      unique: true,
    },
    { on: ["agreement_id", "occurrence_date"] },
  ])
