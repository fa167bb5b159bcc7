import { z } from "zod"
import type { ServiceOrderLine, ServiceOrderLineInput } from "../../types"
import { toastSuccess } from "../lib/errors"
import { toDateInput } from "../lib/format"
import { useAddServiceOrderLines, useUpdateServiceOrderLine } from "../lib/hooks/service-orders"
import { FormDate } from "./form/form-date"
import { FormSwitch } from "./form/form-switch"
import { useDrawerForm } from "./form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "./form-drawer"
import { LineFields, lineFieldDefaults, lineFieldsBody, lineFieldsSchema } from "./line-form"

const OrderLineSchema = lineFieldsSchema.extend({
  billable: z.boolean(),
  work_date: z.string().nullable(),
})

/** Adds a line to a service order or edits one: hours, an item, an expense or a fee. */
export const LineDrawer = ({
  open,
  onOpenChange,
  orderId,
  currencyCode,
  line,
}: DrawerProps<{
  orderId: string
  currencyCode: string
  line?: ServiceOrderLine | null
}>) => {
  const form = useDrawerForm(OrderLineSchema, open, {
    ...lineFieldDefaults(line),
    billable: line?.billable ?? true,
    work_date: toDateInput(line?.work_date) || null,
  })
  const add = useAddServiceOrderLines(orderId)
  const update = useUpdateServiceOrderLine(orderId)

  const submit = async (values: z.output<typeof OrderLineSchema>) => {
    const body: ServiceOrderLineInput = {
      ...lineFieldsBody(values),
      // Noon keeps the day the same in every zone.
      work_date: values.work_date ? new Date(`${values.work_date}T12:00:00`).toISOString() : null,
    }
    if (line) {
      await update.mutateAsync({ lineId: line.id, ...body })
    } else {
      await add.mutateAsync([{ ...body, service_task_id: body.service_task_id ?? undefined, work_date: body.work_date ?? undefined }])
    }
    toastSuccess(line ? "Line was updated" : "Line was added")
  }

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={line ? "Edit line" : "Add line"}
      onSubmit={submit}
      submitLabel={line ? "Save" : "Add"}
      testId="line-drawer"
    >
      <LineFields idPrefix="line" currencyCode={currencyCode} hoursFromTask />
      <FormDate control={form.control} name="work_date" label="Work date" id="line-work-date" optional />
      <FormSwitch
        control={form.control}
        name="billable"
        label="Billable"
        id="line-billable"
        hint="Billable lines count towards revenue and are invoiced when the order is posted."
      />
    </FormDrawer>
  )
}
