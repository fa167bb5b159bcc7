import { toNumber } from "./format"
import type { ServiceTask } from "./types"

/**
 * What picking a task fills into a line form: its name as the description and its default price
 * and cost — only where the field is still empty, so the merchant's own values stay.
 */
export const taskPrefill = (
  task: ServiceTask,
  current: { description: string; unitPrice: string; unitCost: string }
): { description?: string; unitPrice?: string; unitCost?: string } => ({
  description: current.description.trim() ? undefined : task.name,
  unitPrice:
    task.default_unit_price !== null && task.default_unit_price !== undefined && current.unitPrice === ""
      ? String(toNumber(task.default_unit_price))
      : undefined,
  unitCost:
    task.default_unit_cost !== null && task.default_unit_cost !== undefined && current.unitCost === ""
      ? String(toNumber(task.default_unit_cost))
      : undefined,
})
