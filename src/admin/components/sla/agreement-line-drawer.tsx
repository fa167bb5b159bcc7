import { Input, Select, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage, toastError, toastSuccess } from "../../lib/errors"
import { humanize, toDateInput, toNumber } from "../../lib/format"
import { useServiceObjects } from "../../lib/hooks/service-objects"
import { useServiceTasks } from "../../lib/hooks/tasks"
import { dayToIso, formatDay } from "../../lib/sla-format"
import { useAddAgreementLine, useRecurrencePreview, useUpdateAgreementLine } from "../../lib/hooks/service-agreements"
import type { AgreementLine, AgreementLineInput, ServiceAgreement } from "../../../types"
import { LINE_TYPES, type LineType } from "../../lib/types"
import { useDebounced } from "../combobox"
import { Field, parseDecimal } from "../field"
import { taskPrefill } from "../../lib/task-prefill"
import { FormDrawer } from "../form-drawer"

const NONE = "__none__"

/** The RRULE field with its live preview from the API: the rule in words and the next dates, or why it is refused. */
const RecurrenceField = ({
  agreementId,
  value,
  onChange,
  validFrom,
  validTo,
}: {
  agreementId: string
  value: string
  onChange: (v: string) => void
  validFrom: string
  validTo: string
}) => {
  const rule = useDebounced(value.trim(), 400)
  const preview = useRecurrencePreview(agreementId, {
    recurrence: rule,
    valid_from: validFrom ? dayToIso(validFrom) : undefined,
    valid_to: validTo ? dayToIso(validTo) : undefined,
  })
  return (
    <Field
      label="Recurrence (RRULE)"
      htmlFor="agl-recurrence"
      optional
      hint="e.g. FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1 — daily or coarser. Without one the line is billed but generates no orders."
    >
      <Input
        id="agl-recurrence"
        size="small"
        className="font-mono"
        placeholder="FREQ=MONTHLY;BYMONTHDAY=1"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {rule && (
        <div className="bg-ui-bg-subtle rounded-md px-3 py-2" data-testid="recurrence-preview">
          {preview.isFetching && !preview.data && !preview.isError ? (
            <Text size="small" className="text-ui-fg-subtle">
              Checking…
            </Text>
          ) : preview.isError ? (
            <Text size="small" className="text-ui-fg-error" data-testid="recurrence-error">
              {errorMessage(preview.error)}
            </Text>
          ) : preview.data ? (
            <div className="flex flex-col gap-y-1">
              <Text size="small" weight="plus" data-testid="recurrence-text">
                {humanize(preview.data.recurrence_text)}
              </Text>
              <Text size="small" className="text-ui-fg-subtle" data-testid="recurrence-next">
                {preview.data.occurrences.length
                  ? `Next: ${preview.data.occurrences.map(formatDay).join(", ")}`
                  : "No upcoming dates within the validity."}
              </Text>
            </div>
          ) : null}
        </div>
      )}
    </Field>
  )
}

/** Adds a line to an agreement or edits one: resource, object, task, quantity, price, cost, recurrence and validity. */
export const AgreementLineDrawer = ({
  open,
  onOpenChange,
  agreement,
  line,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  agreement: ServiceAgreement
  line?: AgreementLine | null
}) => {
  const isEdit = !!line
  const [type, setType] = useState<LineType>("hour")
  const [description, setDescription] = useState("")
  const [objectId, setObjectId] = useState(NONE)
  const [taskId, setTaskId] = useState(NONE)
  const [quantity, setQuantity] = useState("1")
  const [unitPrice, setUnitPrice] = useState("")
  const [unitCost, setUnitCost] = useState("")
  const [recurrence, setRecurrence] = useState("")
  const [validFrom, setValidFrom] = useState("")
  const [validTo, setValidTo] = useState("")

  const objects = useServiceObjects(
    { customer_id: agreement.customer_id ?? undefined, limit: 100, order: "name" },
    { enabled: open && !!agreement.customer_id }
  )
  const tasks = useServiceTasks({ is_active: true, limit: 200, order: "name" })
  const add = useAddAgreementLine(agreement.id)
  const update = useUpdateAgreementLine(agreement.id)

  useEffect(() => {
    if (!open) {
      return
    }
    setType(line?.type ?? "hour")
    setDescription(line?.description ?? "")
    setObjectId(line?.service_object_id ?? NONE)
    setTaskId(line?.service_task_id ?? NONE)
    setQuantity(line ? String(toNumber(line.quantity)) : "1")
    setUnitPrice(line ? String(toNumber(line.unit_price)) : "")
    setUnitCost(line ? String(toNumber(line.unit_cost)) : "")
    setRecurrence(line?.recurrence ?? "")
    setValidFrom(toDateInput(line?.valid_from))
    setValidTo(toDateInput(line?.valid_to))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, line?.id])

  const pickTask = (id: string) => {
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
  }

  const qty = parseDecimal(quantity)
  const valid = qty !== undefined && qty > 0

  const submit = () => {
    const body: AgreementLineInput = {
      type,
      description: description.trim() || undefined,
      service_object_id: objectId === NONE ? null : objectId,
      service_task_id: taskId === NONE ? null : taskId,
      quantity: qty!,
      unit_price: parseDecimal(unitPrice) ?? 0,
      unit_cost: parseDecimal(unitCost) ?? 0,
      recurrence: recurrence.trim() || null,
      valid_from: validFrom ? dayToIso(validFrom) : null,
      valid_to: validTo ? dayToIso(validTo) : null,
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
      add.mutate(body, options)
    }
  }

  const cur = agreement.currency_code?.toUpperCase()

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={isEdit ? "Edit agreement line" : "Add agreement line"}
      onSubmit={submit}
      isPending={add.isPending || update.isPending}
      submitLabel={isEdit ? "Save" : "Add"}
      submitDisabled={!valid}
      testId="agreement-line-drawer"
    >
      <div className="grid grid-cols-2 gap-4">
        <Field label="Type" htmlFor="agl-type">
          <Select value={type} onValueChange={(v) => setType(v as LineType)}>
            <Select.Trigger id="agl-type" data-testid="agl-type">
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
        <Field label="Service task" htmlFor="agl-task" optional>
          <Select value={taskId} onValueChange={pickTask}>
            <Select.Trigger id="agl-task" data-testid="agl-task">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NONE}>None</Select.Item>
              {(tasks.data?.service_tasks ?? []).map((t) => (
                <Select.Item key={t.id} value={t.id}>
                  {t.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </div>
      <Field label="Service object" htmlFor="agl-object" optional hint={agreement.customer_id ? "One of the customer's objects." : "A template's lines have no object."}>
        <Select value={objectId} onValueChange={setObjectId} disabled={!agreement.customer_id}>
          <Select.Trigger id="agl-object" data-testid="agl-object">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>None</Select.Item>
            {(objects.data?.service_objects ?? []).map((o) => (
              <Select.Item key={o.id} value={o.id}>
                {o.name}
                {o.serial_number ? ` · ${o.serial_number}` : ""}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field label="Description" htmlFor="agl-description" optional hint="Defaults to the task's name or the type.">
        <Input id="agl-description" size="small" value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <div className="grid grid-cols-3 gap-4">
        <Field label={type === "hour" ? "Hours" : "Quantity"} htmlFor="agl-quantity">
          <Input id="agl-quantity" size="small" inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
        </Field>
        <Field label={`Unit price (${cur})`} htmlFor="agl-unit-price">
          <Input id="agl-unit-price" size="small" inputMode="decimal" placeholder="0.00" value={unitPrice} onChange={(e) => setUnitPrice(e.target.value)} />
        </Field>
        <Field label={`Unit cost (${cur})`} htmlFor="agl-unit-cost">
          <Input id="agl-unit-cost" size="small" inputMode="decimal" placeholder="0.00" value={unitCost} onChange={(e) => setUnitCost(e.target.value)} />
        </Field>
      </div>
      <RecurrenceField agreementId={agreement.id} value={recurrence} onChange={setRecurrence} validFrom={validFrom} validTo={validTo} />
      <div className="grid grid-cols-2 gap-4">
        <Field label="Line valid from" htmlFor="agl-valid-from" optional hint="Anchors the recurrence; else the agreement's start.">
          <Input id="agl-valid-from" type="date" size="small" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </Field>
        <Field label="Line valid to" htmlFor="agl-valid-to" optional>
          <Input id="agl-valid-to" type="date" size="small" value={validTo} onChange={(e) => setValidTo(e.target.value)} />
        </Field>
      </div>
    </FormDrawer>
  )
}
