import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_MANAGEMENT_MODULE } from "../../../modules/service-management"
import ServiceManagementModuleService from "../../../modules/service-management/service"
import { clip, INPUT_LIMITS } from "../../../modules/service-management/utils/input-limits"
import { checkReferences, Reference, ReferencedRows } from "../../common/utils/references"
import { ServiceOrderLineInput, ServiceOrderLineRow } from "./create-service-order-lines"

/** New lines (a body's `lines`), or the change of one line (with its `id`: the body is the line). */
export type ServiceOrderLineChange = Partial<ServiceOrderLineInput> & { id?: string }

export type PrepareServiceOrderLinesInput = {
  lines: ServiceOrderLineChange[]
  /** What the changed lines name now (their `id`, `service_task_id`, `technician_id`), if the caller read them; else read here. */
  current?: CurrentLine[]
}

type Named = { service_task_id: string | null; technician_id: string | null }
type CurrentLine = Named & { id: string }

/**
 * The ids lines name: tasks, variants and technicians must exist; a task or technician must be
 * active where the line newly names it (a line keeps the retired technician it already has).
 * `before` holds the current values of changed lines.
 */
export function serviceOrderLineReferences(lines: ServiceOrderLineChange[], before: Map<string, Named> = new Map()): Reference[] {
  return lines.flatMap((line, i) => {
    const current = line.id ? before.get(line.id) : undefined
    const field = (name: string) => (line.id ? name : `lines[${i}].${name}`)
    return [
      { field: field("service_task_id"), entity: "service_task", id: line.service_task_id, active: current?.service_task_id !== line.service_task_id },
      { field: field("product_variant_id"), entity: "product_variant", id: line.product_variant_id },
      { field: field("technician_id"), entity: "technician", id: line.technician_id, active: current?.technician_id !== line.technician_id },
    ] satisfies Reference[]
  })
}

/**
 * The rows to write for checked lines: a change only changes what it names; a new line takes its
 * description (cut to the column's limit) and prices from its task or variant when it does not say.
 */
export function serviceOrderLineRows(lines: ServiceOrderLineChange[], rows: ReferencedRows) {
  return lines.map((line) => {
    if (line.id) {
      return { ...line, id: line.id }
    }
    const task = line.service_task_id ? rows.service_task?.get(line.service_task_id) : undefined
    const variant = line.product_variant_id ? rows.product_variant?.get(line.product_variant_id) : undefined
    const named = task?.name ?? (variant ? [variant.product?.title, variant.title].filter(Boolean).join(" – ") : undefined)
    return {
      ...line,
      description: line.description ?? (named ? clip(named, INPUT_LIMITS.lineText) : line.type),
      unit_price: line.unit_price ?? (task?.default_unit_price != null ? Number(task.default_unit_price) : 0),
      unit_cost: line.unit_cost ?? (task?.default_unit_cost != null ? Number(task.default_unit_cost) : 0),
    } as Omit<ServiceOrderLineRow, "service_order_id">
  })
}

/**
 * Checks lines (one query per referenced table) and returns the rows to write, without the order
 * id; `current` holds what changed lines name now when the caller read it.
 */
export async function prepareServiceOrderLines(container: MedusaContainer, lines: ServiceOrderLineChange[], extra: Reference[] = [], current?: CurrentLine[]) {
  const changedIds = lines.map((l) => l.id).filter((id): id is string => !!id)
  const named =
    current ??
    (changedIds.length
      ? await container
          .resolve<ServiceManagementModuleService>(SERVICE_MANAGEMENT_MODULE)
          .listServiceOrderLines({ id: changedIds }, { select: ["id", "service_task_id", "technician_id"] })
      : [])
  const before = new Map(named.map((l) => [l.id, l as Named]))
  const rows = await checkReferences(container, [...extra, ...serviceOrderLineReferences(lines, before)])
  return { rows, lines: serviceOrderLineRows(lines, rows) }
}

export const prepareServiceOrderLinesStepId = "prepare-service-order-lines"
/**
 * Checks the tasks, variants and technicians lines name (404 unknown, 400 newly named inactive,
 * each naming the field), and fills what the task provides when the line does not say.
 */
export const prepareServiceOrderLinesStep = createStep(
  prepareServiceOrderLinesStepId,
  async ({ lines, current }: PrepareServiceOrderLinesInput, { container }) => {
    const prepared = await prepareServiceOrderLines(container, lines, [], current)
    return new StepResponse(prepared.lines)
  }
)
