import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ServiceOrderLineInput, ServiceOrderLineRow } from "./create-service-order-lines"

export type PrepareServiceOrderLinesInput = {
  service_order_id: string
  lines: (Partial<ServiceOrderLineInput> & { id?: string })[]
}

export const prepareServiceOrderLinesStepId = "prepare-service-order-lines"
/**
 * Checks the tasks and variants lines name, and fills what the task provides
 * (description, unit price and cost) when the line does not say.
 */
export const prepareServiceOrderLinesStep = createStep(
  prepareServiceOrderLinesStepId,
  async ({ service_order_id, lines }: PrepareServiceOrderLinesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const taskIds = [...new Set(lines.map((l) => l.service_task_id).filter((id): id is string => !!id))]
    const variantIds = [...new Set(lines.map((l) => l.product_variant_id).filter((id): id is string => !!id))]
    const [{ data: tasks }, { data: variants }] = await Promise.all([
      taskIds.length
        ? query.graph({
            entity: "service_task",
            fields: ["id", "name", "is_active", "default_unit_price", "default_unit_cost"],
            filters: { id: taskIds },
          })
        : { data: [] as any[] },
      variantIds.length
        ? query.graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: variantIds } })
        : { data: [] as any[] },
    ])
    const rows = lines.map((line) => {
      const task = line.service_task_id ? tasks.find((t) => t.id === line.service_task_id) : undefined
      if (line.service_task_id && !task) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service task ${line.service_task_id} was not found`)
      }
      if (task && !task.is_active && !line.id) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Service task ${task.name} is inactive`)
      }
      const variant = line.product_variant_id ? variants.find((v) => v.id === line.product_variant_id) : undefined
      if (line.product_variant_id && !variant) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product variant ${line.product_variant_id} was not found`)
      }
      if (line.id) {
        // An update only changes what it names.
        return { ...line, id: line.id }
      }
      return {
        ...line,
        service_order_id,
        description:
          line.description ??
          task?.name ??
          (variant ? [variant.product?.title, variant.title].filter(Boolean).join(" – ") : undefined) ??
          line.type,
        unit_price: line.unit_price ?? (task?.default_unit_price != null ? Number(task.default_unit_price) : 0),
        unit_cost: line.unit_cost ?? (task?.default_unit_cost != null ? Number(task.default_unit_cost) : 0),
      } as ServiceOrderLineRow
    })
    return new StepResponse(rows)
  }
)
