import { model } from "@medusajs/framework/utils"
import { BILLING_RUN_STATUSES } from "../../../types/enums"

/** One billing run: what it created and invoiced, how long it took, and the customers that failed. */
export const BillingRun = model
  .define("service_billing_run", {
    id: model.id({ prefix: "sbrn" }).primaryKey(),
    as_of: model.dateTime(),
    status: model.enum([...BILLING_RUN_STATUSES]).default("running"),
    triggered_by: model.text().nullable(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    duration_ms: model.number().nullable(),
    transactions_created: model.number().default(0),
    transactions_invoiced: model.number().default(0),
    orders_created: model.number().default(0),
    // Progress of the invoicing phase: customer × currency groups done out of the total.
    groups_total: model.number().default(0),
    groups_done: model.number().default(0),
    // { eur: 120.5, usd: 40 }: invoiced amount per currency.
    amounts: model.json().nullable(),
    // [{ customer_id, currency_code, message }]
    errors: model.json().nullable(),
    // Runs found interrupted and transactions recovered when this run started.
    recovered: model.json().nullable(),
  })
  .indexes([{ on: ["started_at"], where: "deleted_at IS NULL" }])
