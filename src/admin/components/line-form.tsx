import { useEffect, type ReactNode } from "react"
import { useFormContext, useWatch } from "react-hook-form"
import { z } from "zod"
import { SERVICE_ORDER_LINE_TYPES, type Amount, type ServiceOrderLineType, type ServiceTask } from "../../types"
import { humanize, toNumber } from "../lib/format"
import { useServiceTasks } from "../lib/hooks/tasks"
import { taskPrefill } from "../lib/task-prefill"
import { FormCurrency } from "./form/form-currency"
import { FormNumber } from "./form/form-number"
import { FormSelect } from "./form/form-select"
import { FormText } from "./form/form-text"

/**
 * What every line form asks (a service order's line, an agreement's line): the type, the task,
 * the description, the quantity and the unit price and cost. Each form extends the schema with
 * its own fields.
 */
export const lineFieldsSchema = z.object({
  type: z.enum(SERVICE_ORDER_LINE_TYPES),
  service_task_id: z.string().nullable(),
  description: z.string().trim(),
  quantity: z.number({ error: "Enter a quantity greater than 0." }).positive("Quantity must be greater than 0."),
  unit_cost: z.number().nullable(),
  unit_price: z.number().nullable(),
})
export type LineFieldValues = z.input<typeof lineFieldsSchema>

/** The fields' values for a new line (none given) or the line being edited. */
export const lineFieldDefaults = (line?: {
  type: ServiceOrderLineType
  service_task_id?: string | null
  description?: string | null
  quantity: Amount
  unit_cost: Amount
  unit_price: Amount
} | null): LineFieldValues => ({
  type: line?.type ?? "hour",
  service_task_id: line?.service_task_id ?? null,
  description: line?.description ?? "",
  quantity: line ? toNumber(line.quantity) : 1,
  unit_cost: line ? toNumber(line.unit_cost) : null,
  unit_price: line ? toNumber(line.unit_price) : null,
})

/** The fields' values as the API takes them: no empty description, a blank amount as 0. */
export const lineFieldsBody = <V extends z.output<typeof lineFieldsSchema>>(values: V) => ({
  ...values,
  description: values.description || undefined,
  unit_price: values.unit_price ?? 0,
  unit_cost: values.unit_cost ?? 0,
})

const TYPE_OPTIONS = SERVICE_ORDER_LINE_TYPES.map((t) => ({ value: t, label: humanize(t) }))

/** Picking a task (not opening a line that has one) fills in what the task knows, where still empty. */
const usePrefillFromTask = (tasks: ServiceTask[], hoursFromTask: boolean) => {
  const form = useFormContext<LineFieldValues>()
  useEffect(() => {
    const subscription = form.watch((values, { name, type }) => {
      const task = tasks.find((t) => t.id === values.service_task_id)
      if (name !== "service_task_id" || type !== "change" || !task) {
        return
      }
      const fill = taskPrefill(task, {
        description: values.description ?? "",
        unit_price: values.unit_price ?? null,
        unit_cost: values.unit_cost ?? null,
        quantity: hoursFromTask && values.type === "hour" ? values.quantity ?? null : undefined,
      })
      Object.entries(fill).forEach(([field, value]) =>
        form.setValue(field as keyof LineFieldValues, value as never, { shouldDirty: true })
      )
    })
    return () => subscription.unsubscribe()
  }, [form, tasks, hoursFromTask])
}

/**
 * The shared fields of a line form, inside a `FormDrawer` whose values extend `LineFieldValues`.
 * `idPrefix` names the inputs (`line-quantity`, `agl-quantity`); `afterTask` goes between the task and
 * the description.
 */
export const LineFields = ({
  idPrefix,
  currencyCode,
  descriptionHint,
  hoursFromTask = false,
  afterTask,
}: {
  idPrefix: string
  currencyCode: string
  descriptionHint?: string
  /** An hour line takes the task's default duration as its hours. */
  hoursFromTask?: boolean
  afterTask?: ReactNode
}) => {
  const { control } = useFormContext<LineFieldValues>()
  const type = useWatch({ control, name: "type" })
  const tasks = useServiceTasks({ is_active: true, limit: 200, order: "name" }).data?.service_tasks ?? []
  usePrefillFromTask(tasks, hoursFromTask)
  const id = (field: string) => `${idPrefix}-${field}`
  return (
    <>
      <div className="grid grid-cols-2 gap-4">
        <FormSelect control={control} name="type" label="Type" id={id("type")} testId={id("type")} options={TYPE_OPTIONS} />
        <FormSelect
          control={control}
          name="service_task_id"
          label="Service task"
          id={id("task")}
          testId={id("task")}
          optional
          noneLabel="None"
          options={tasks.map((t) => ({ value: t.id, label: t.name }))}
        />
      </div>
      {afterTask}
      <FormText control={control} name="description" label="Description" id={id("description")} optional hint={descriptionHint} />
      <div className="grid grid-cols-3 gap-4">
        <FormNumber control={control} name="quantity" label={type === "hour" ? "Hours" : "Quantity"} id={id("quantity")} min={0} step="any" />
        <FormCurrency control={control} name="unit_cost" label="Unit cost" id={id("unit-cost")} currencyCode={currencyCode} />
        <FormCurrency control={control} name="unit_price" label="Unit price" id={id("unit-price")} currencyCode={currencyCode} />
      </div>
    </>
  )
}
