import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { validateRecurrence } from "../../../modules/service-management/utils/recurrence"
import { ServiceAgreementLineInput, ServiceAgreementLineRow } from "./agreement-steps"
import { assertWindow } from "./validate-agreement-refs"

export type PrepareAgreementLinesInput = {
  agreement: { id: string; customer_id?: string | null }
  /** New lines, or changes (with `id`) merged over the existing `current` lines. */
  lines: (Partial<ServiceAgreementLineInput> & { id?: string })[]
  current?: (Partial<ServiceAgreementLineInput> & { id: string })[]
}

const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))]

export const prepareAgreementLinesStepId = "prepare-agreement-lines"
/**
 * Checks agreement lines as they will be: a valid RRULE (refused with the parser's reason), a
 * line window that ends after it starts, service objects of the agreement's customer, existing
 * tasks; fills description and prices from the task when the line does not say.
 */
export const prepareAgreementLinesStep = createStep(
  prepareAgreementLinesStepId,
  async ({ agreement, lines, current = [] }: PrepareAgreementLinesInput, { container }) => {
    const service = container.resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
    const objectIds = unique(lines.map((l) => l.service_object_id))
    const taskIds = unique(lines.map((l) => l.service_task_id))
    const objects = objectIds.length
      ? await service.listServiceObjects({ id: objectIds }, { select: ["id", "name", "customer_id"] })
      : []
    const tasks = taskIds.length ? await service.listServiceTasks({ id: taskIds }) : []
    const rows = lines.map((line) => {
      const merged = { ...(line.id ? current.find((c) => c.id === line.id) : {}), ...line }
      if (merged.recurrence) {
        const problems = validateRecurrence(merged.recurrence)
        if (problems.length) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
        }
      }
      assertWindow(merged.valid_from, merged.valid_to, "Service agreement line")
      const object = line.service_object_id ? objects.find((o) => o.id === line.service_object_id) : undefined
      if (line.service_object_id && !object) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service object ${line.service_object_id} was not found`)
      }
      if (object && object.customer_id !== agreement.customer_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Service object ${object.name} belongs to another customer`)
      }
      const task = line.service_task_id ? tasks.find((t) => t.id === line.service_task_id) : undefined
      if (line.service_task_id && !task) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service task ${line.service_task_id} was not found`)
      }
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
