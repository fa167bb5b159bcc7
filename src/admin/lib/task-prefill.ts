import { toNumber } from "./format"
import type { ServiceTask } from "../../types"

type LineDraft = { description: string; unit_price: number | null; unit_cost: number | null; quantity?: number | null }
type LineFill = Partial<{ description: string; unit_price: number; unit_cost: number; quantity: number }>

/**
 * What picking a task fills into a line form: its name as the description and its default price
 * and cost — only where the field is still empty, so the merchant's own values stay. Given a
 * `quantity` (an hour line), its default duration becomes the hours unless other hours were typed.
 */
export const taskPrefill = (task: ServiceTask, current: LineDraft): LineFill => {
  const fill: LineFill = {}
  if (!current.description.trim()) {
    fill.description = task.name
  }
  if (task.default_unit_price !== null && task.default_unit_price !== undefined && current.unit_price === null) {
    fill.unit_price = toNumber(task.default_unit_price)
  }
  if (task.default_unit_cost !== null && task.default_unit_cost !== undefined && current.unit_cost === null) {
    fill.unit_cost = toNumber(task.default_unit_cost)
  }
  if (current.quantity !== undefined && task.default_duration_minutes && (current.quantity === null || current.quantity === 1)) {
    fill.quantity = Math.round((task.default_duration_minutes / 60) * 100) / 100
  }
  return fill
}
