import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertAllowanceComplete } from "../../../modules/service-management/utils/allowances"
import { validateRecurrence } from "../../../modules/service-management/utils/recurrence"
import { checkReferences, Reference } from "../../common/utils/references"
import { ServiceAgreementLineInput, ServiceAgreementLineRow } from "./agreement-steps"
import { assertWindow } from "./validate-agreement-refs"

export type PrepareAgreementLinesInput = {
  /** Without an id for an agreement not written yet: its rows then get `agreement_id` when it is. */
  agreement: { id?: string; customer_id?: string | null }
  /** New lines, or changes (with `id`) merged over the existing `current` lines. */
  lines: (Partial<ServiceAgreementLineInput> & { id?: string })[]
  current?: (Partial<ServiceAgreementLineInput> & { id: string })[]
}

export const prepareAgreementLinesStepId = "prepare-agreement-lines"
/**
 * Checks agreement lines as they will be: a valid RRULE (refused with the parser's reason), a
 * line window that ends after it starts, service objects of the agreement's customer, existing
 * tasks (active where newly named), an allowance with quantity, unit and period together; fills description and prices from the task when the line does not say.
 */
export const prepareAgreementLinesStep = createStep(
  prepareAgreementLinesStepId,
  async ({ agreement, lines, current = [] }: PrepareAgreementLinesInput, { container }) => {
    const refs = await checkReferences(
      container,
      lines.flatMap((line, i) => {
        const before = line.id ? current.find((c) => c.id === line.id) : undefined
        const field = (name: string) => (line.id ? name : `lines[${i}].${name}`)
        return [
          { field: field("service_object_id"), entity: "service_object", id: line.service_object_id, customer_id: agreement.customer_id ?? null },
          { field: field("service_task_id"), entity: "service_task", id: line.service_task_id, active: before?.service_task_id !== line.service_task_id },
        ] satisfies Reference[]
      })
    )
    const rows = lines.map((line) => {
      const merged = { ...(line.id ? current.find((c) => c.id === line.id) : {}), ...line }
      if (merged.recurrence) {
        const problems = validateRecurrence(merged.recurrence)
        if (problems.length) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
        }
      }
      assertWindow(merged.valid_from, merged.valid_to, "Service agreement line")
      assertAllowanceComplete(merged)
      const object = line.service_object_id ? refs.service_object?.get(line.service_object_id) : undefined
      const task = line.service_task_id ? refs.service_task?.get(line.service_task_id) : undefined
      if (line.id) {
        return { ...line, id: line.id }
      }
      return {
        ...line,
        agreement_id: agreement.id,
        description: line.description ?? task?.name ?? object?.name ?? line.type,
        unit_price: line.unit_price ?? (task?.default_unit_price != null ? Number(task.default_unit_price) : 0),
        unit_cost: line.unit_cost ?? (task?.default_unit_cost != null ? Number(task.default_unit_cost) : 0),
      } as ServiceAgreementLineRow
    })
    return new StepResponse(rows)
  }
)
