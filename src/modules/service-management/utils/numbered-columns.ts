import { model } from "@medusajs/framework/utils"

/**
 * The columns of a numbered document (service order, agreement, subscription, return):
 * `display_id`, allocated from a counter row in the insert's transaction (unique and gap-free),
 * and the human `number` made from it (e.g. SO-000012).
 */
export const numberedColumns = () => ({
  display_id: model.number(),
  number: model.text().searchable(),
})

/** The unique indexes that keep a numbered document's display id and number one of a kind. */
export const numberedIndexes = (table: string): { name: string; on: ("display_id" | "number")[]; unique: boolean }[] => [
  { name: `IDX_${table}_display_id_unique`, on: ["display_id"], unique: true },
  { name: `IDX_${table}_number_unique`, on: ["number"], unique: true },
]
