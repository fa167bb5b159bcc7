import { Input, Text } from "@medusajs/ui"
import { useFormContext, useWatch } from "react-hook-form"
import { z } from "zod"
import { errorMessage, toastSuccess } from "../../lib/errors"
import { humanize, toDateInput } from "../../lib/format"
import { useServiceObjects } from "../../lib/hooks/service-objects"
import { dayToIso, formatDay } from "../../lib/sla-format"
import { useAddAgreementLine, useRecurrencePreview, useUpdateAgreementLine } from "../../lib/hooks/service-agreements"
import type { AgreementLine, AgreementLineInput, ServiceAgreement } from "../../../types"
import { useDebounced } from "../combobox"
import { FormDate } from "../form/form-date"
import { FormField } from "../form/form-field"
import { FormSelect } from "../form/form-select"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"
import { LineFields, lineFieldDefaults, lineFieldsBody, lineFieldsSchema } from "../line-form"
import { AllowanceFields, allowanceDefaults, allowanceSchema } from "../service-agreements/allowance-fields"

const AgreementLineSchema = lineFieldsSchema
  .extend({
    service_object_id: z.string().nullable(),
    recurrence: z.string().trim(),
    valid_from: z.string().nullable(),
    valid_to: z.string().nullable(),
  })
  .and(allowanceSchema)
type AgreementLineValues = z.input<typeof AgreementLineSchema>

/** The RRULE field with its live preview from the API: the rule in words and the next dates, or why it is refused. */
const RecurrenceField = ({ agreementId }: { agreementId: string }) => {
  const { control } = useFormContext<AgreementLineValues>()
  const [recurrence, validFrom, validTo] = useWatch({ control, name: ["recurrence", "valid_from", "valid_to"] })
  const rule = useDebounced(recurrence.trim(), 400)
  const preview = useRecurrencePreview(agreementId, {
    recurrence: rule,
    valid_from: validFrom ? dayToIso(validFrom) : undefined,
    valid_to: validTo ? dayToIso(validTo) : undefined,
  })
  return (
    <div className="flex flex-col gap-y-2">
      <FormField
        control={control}
        name="recurrence"
        label="Recurrence (RRULE)"
        id="agl-recurrence"
        optional
        hint="e.g. FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1 — daily or coarser. Without one the line is billed but generates no orders."
        render={({ value, ...field }, invalid) => (
          <Input {...field} {...invalid} size="small" className="font-mono" placeholder="FREQ=MONTHLY;BYMONTHDAY=1" value={value ?? ""} />
        )}
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
    </div>
  )
}

/** Adds a line to an agreement or edits one: resource, object, task, quantity, price, cost, recurrence, validity and allowance. */
export const AgreementLineDrawer = ({
  open,
  onOpenChange,
  agreement,
  line,
}: DrawerProps<{
  agreement: ServiceAgreement
  line?: AgreementLine | null
}>) => {
  const form = useDrawerForm(AgreementLineSchema, open, {
    ...lineFieldDefaults(line),
    service_object_id: line?.service_object_id ?? null,
    recurrence: line?.recurrence ?? "",
    valid_from: toDateInput(line?.valid_from) || null,
    valid_to: toDateInput(line?.valid_to) || null,
    ...allowanceDefaults(line),
  })
  const objects = useServiceObjects(
    { customer_id: agreement.customer_id ?? undefined, limit: 100, order: "name" },
    { enabled: open && !!agreement.customer_id }
  )
  const add = useAddAgreementLine(agreement.id)
  const update = useUpdateAgreementLine(agreement.id)

  const submit = async (values: z.output<typeof AgreementLineSchema>) => {
    const body: AgreementLineInput = {
      ...lineFieldsBody(values),
      recurrence: values.recurrence || null,
      valid_from: values.valid_from ? dayToIso(values.valid_from) : null,
      valid_to: values.valid_to ? dayToIso(values.valid_to) : null,
      allowance_quantity: values.allowance_quantity,
      allowance_unit: values.allowance_unit,
      allowance_period: values.allowance_period,
      overage_unit_price: values.overage_unit_price,
    }
    await (line ? update.mutateAsync({ lineId: line.id, ...body }) : add.mutateAsync(body))
    toastSuccess(line ? "Line was updated" : "Line was added")
  }

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={line ? "Edit agreement line" : "Add agreement line"}
      onSubmit={submit}
      submitLabel={line ? "Save" : "Add"}
      testId="agreement-line-drawer"
    >
      <LineFields
        idPrefix="agl"
        currencyCode={agreement.currency_code}
        descriptionHint="Defaults to the task's name or the type."
        afterTask={
          <FormSelect
            control={form.control}
            name="service_object_id"
            label="Service object"
            id="agl-object"
            testId="agl-object"
            optional
            hint={agreement.customer_id ? "One of the customer's objects." : "A template's lines have no object."}
            disabled={!agreement.customer_id}
            noneLabel="None"
            options={(objects.data?.service_objects ?? []).map((o) => ({
              value: o.id,
              label: o.serial_number ? `${o.name} · ${o.serial_number}` : o.name,
            }))}
          />
        }
      />
      <RecurrenceField agreementId={agreement.id} />
      <div className="grid grid-cols-2 gap-4">
        <FormDate
          control={form.control}
          name="valid_from"
          label="Line valid from"
          id="agl-valid-from"
          optional
          hint="Anchors the recurrence; else the agreement's start."
        />
        <FormDate control={form.control} name="valid_to" label="Line valid to" id="agl-valid-to" optional />
      </div>
      <AllowanceFields currencyCode={agreement.currency_code} />
    </FormDrawer>
  )
}
