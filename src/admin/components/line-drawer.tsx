import { Input, Select, Switch, Label } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { toastError, toastSuccess } from "../lib/errors"
import { humanize, toDateInput, toNumber } from "../lib/format"
import { useAddServiceOrderLines, useUpdateServiceOrderLine } from "../lib/hooks/service-orders"
import { useServiceTasks } from "../lib/hooks/tasks"
import { LINE_TYPES, type LineInput, type LineType, type ServiceOrderLine } from "../lib/types"
import { Field, parseDecimal } from "./field"
import { taskPrefill } from "../lib/task-prefill"
import { FormDrawer } from "./form-drawer"
import { OptionalSelect } from "./optional-select"

/** Adds a line to a service order or edits one: hours, an item, an expense or a fee. */
export const LineDrawer = ({
  open,
  onOpenChange,
  orderId,
  currencyCode,
  line,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  orderId: string
  currencyCode: string
  line?: ServiceOrderLine | null
}) => {
  const isEdit = !!line
  const [type, setType] = useState<LineType>("hour")
  const [taskId, setTaskId] = useState<string | null>(null)
  const [description, setDescription] = useState("")
  const [quantity, setQuantity] = useState("1")
  const [unitCost, setUnitCost] = useState("")
  const [unitPrice, setUnitPrice] = useState("")
  const [billable, setBillable] = useState(true)
  const [workDate, setWorkDate] = useState("")

  const tasks = useServiceTasks({ is_active: true, limit: 200, order: "name" })

  useEffect(() => {
    if (!open) {
      return
    }
    setType(line?.type ?? "hour")
    setTaskId(line?.service_task_id ?? null)
    setDescription(line?.description ?? "")
    setQuantity(line ? String(toNumber(line.quantity)) : "1")
    setUnitCost(line ? String(toNumber(line.unit_cost)) : "")
    setUnitPrice(line ? String(toNumber(line.unit_price)) : "")
    setBillable(line?.billable ?? true)
    setWorkDate(toDateInput(line?.work_date))
  }, [open, line?.id])

  const add = useAddServiceOrderLines(orderId)
  const update = useUpdateServiceOrderLine(orderId)

  const pickTask = (id: string | null) => {
    setTaskId(id)
    const task = tasks.data?.service_tasks.find((t) => t.id === id)
    if (!task) {
      return
    }
    // A task pre-fills what it knows; each value can still be changed.
    const fill = taskPrefill(task, { description, unitPrice, unitCost })
    if (fill.description !== undefined) {
      setDescription(fill.description)
    }
    if (fill.unitPrice !== undefined) {
      setUnitPrice(fill.unitPrice)
    }
    if (fill.unitCost !== undefined) {
      setUnitCost(fill.unitCost)
    }
    if (type === "hour" && task.default_duration_minutes && (!quantity || quantity === "1")) {
      setQuantity(String(Math.round((task.default_duration_minutes / 60) * 100) / 100))
    }
  }

  const qty = parseDecimal(quantity)
  const valid = qty !== undefined && qty > 0

  const submit = () => {
    if (!valid) {
      toastError({ message: "Quantity must be a number greater than 0." })
      return
    }
    const body: LineInput = {
      type,
      description: description.trim() || undefined,
      quantity: qty!,
      unit_cost: parseDecimal(unitCost) ?? 0,
      unit_price: parseDecimal(unitPrice) ?? 0,
      billable,
      service_task_id: taskId,
      work_date: workDate ? new Date(`${workDate}T12:00:00`).toISOString() : null,
    }
    const options = {
      onSuccess: () => {
        toastSuccess(isEdit ? "Line was updated" : "Line was added")
        onOpenChange(false)
      },
      onError: toastError,
    }
    if (isEdit) {
      update.mutate({ lineId: line!.id, ...body }, options)
    } else {
      add.mutate([{ ...body, service_task_id: body.service_task_id ?? undefined, work_date: body.work_date ?? undefined }], options)
    }
  }

  const taskOptions = tasks.data?.service_tasks ?? []
  const cur = currencyCode.toUpperCase()

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={isEdit ? "Edit line" : "Add line"}
      onSubmit={submit}
      isPending={add.isPending || update.isPending}
      submitLabel={isEdit ? "Save" : "Add"}
      submitDisabled={!valid}
      testId="line-drawer"
    >
      <div className="grid grid-cols-2 gap-4">
        <Field label="Type" htmlFor="line-type">
          <Select value={type} onValueChange={(v) => setType(v as LineType)}>
            <Select.Trigger id="line-type" data-testid="line-type">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {LINE_TYPES.map((t) => (
                <Select.Item key={t} value={t}>
                  {humanize(t)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field label="Service task" htmlFor="line-task" optional>
          <OptionalSelect
            id="line-task"
            testId="line-task"
            value={taskId}
            onChange={pickTask}
            options={taskOptions.map((t) => ({ value: t.id, label: t.name }))}
            emptyLabel="None"
          />
        </Field>
      </div>
      <Field label="Description" htmlFor="line-description" optional>
        <Input
          id="line-description"
          size="small"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </Field>
      <div className="grid grid-cols-3 gap-4">
        <Field label={type === "hour" ? "Hours" : "Quantity"} htmlFor="line-quantity">
          <Input
            id="line-quantity"
            size="small"
            inputMode="decimal"
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
          />
        </Field>
        <Field label={`Unit cost (${cur})`} htmlFor="line-unit-cost">
          <Input
            id="line-unit-cost"
            size="small"
            inputMode="decimal"
            placeholder="0.00"
            value={unitCost}
            onChange={(e) => setUnitCost(e.target.value)}
          />
        </Field>
        <Field label={`Unit price (${cur})`} htmlFor="line-unit-price">
          <Input
            id="line-unit-price"
            size="small"
            inputMode="decimal"
            placeholder="0.00"
            value={unitPrice}
            onChange={(e) => setUnitPrice(e.target.value)}
          />
        </Field>
      </div>
      <Field label="Work date" htmlFor="line-work-date" optional>
        <Input
          id="line-work-date"
          type="date"
          size="small"
          value={workDate}
          onChange={(e) => setWorkDate(e.target.value)}
        />
      </Field>
      <div className="bg-ui-bg-component shadow-elevation-card-rest flex items-start gap-x-3 rounded-lg p-3">
        <Switch id="line-billable" checked={billable} onCheckedChange={setBillable} />
        <div className="flex flex-col">
          <Label htmlFor="line-billable" size="small" weight="plus">
            Billable
          </Label>
          <span className="txt-compact-small text-ui-fg-subtle">
            Billable lines count towards revenue and are invoiced when the order is posted.
          </span>
        </div>
      </div>
    </FormDrawer>
  )
}
