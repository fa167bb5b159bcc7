import { model } from "@medusajs/framework/utils"

/** Counter rows behind human numbers (SO-000001); incremented inside the insert's transaction. */
export const NumberSequence = model
  .define("service_number_sequence", {
    id: model.id({ prefix: "snseq" }).primaryKey(),
    scope: model.text(),
    last_value: model.number().default(0),
  })
  .indexes([{ name: "IDX_service_number_sequence_scope_unique", on: ["scope"], unique: true }])
