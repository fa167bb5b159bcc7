import { z } from "zod"
import { toastSaved } from "../../lib/errors"
import { toDateInput } from "../../lib/format"
import { useCreateServiceSubscription, useSubscriptionGroups, useUpdateServiceSubscription } from "../../lib/hooks/subscriptions"
import { BILLING_FREQUENCIES, BILLING_TIMINGS, type ServiceSubscription } from "../../../types"
import { CustomerCombobox } from "../combobox"
import { FormCurrency } from "../form/form-currency"
import { FormDate } from "../form/form-date"
import { FormField } from "../form/form-field"
import { FormSelect } from "../form/form-select"
import { FormText, FormTextarea } from "../form/form-text"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"

const FREQUENCY_LABELS: Record<(typeof BILLING_FREQUENCIES)[number], string> = {
  monthly: "Monthly",
  quarterly: "Quarterly",
  yearly: "Yearly",
  rrule: "Custom (RRULE)",
}
const TIMING_LABELS: Record<(typeof BILLING_TIMINGS)[number], string> = { advance: "In advance", arrears: "In arrears" }

const SubscriptionSchema = z
  .object({
    customer_id: z
      .string()
      .nullable()
      .refine((v) => !!v, "Choose a customer"),
    description: z.string(),
    amount: z
      .number()
      .nullable()
      .refine((v) => v !== null, "Enter the amount per period"),
    currency_code: z.string().trim().toLowerCase().length(3, "A three-letter currency code"),
    frequency: z.enum(BILLING_FREQUENCIES),
    rrule: z.string().trim(),
    billing_timing: z.enum(BILLING_TIMINGS),
    start_date: z
      .string()
      .nullable()
      .refine((v) => !!v, "Choose the start date"),
    end_date: z.string().nullable(),
    group_id: z.string().nullable(),
  })
  .refine((s) => s.frequency !== "rrule" || s.rrule, { path: ["rrule"], message: "Enter the recurrence rule" })

/** Create a subscription, or change one (description, amount for coming periods, end date, group). */
export const SubscriptionDrawer = ({
  open,
  onOpenChange,
  subscription,
  defaults,
  onSaved,
}: DrawerProps<{
  subscription?: ServiceSubscription
  defaults?: { customer_id?: string }
  onSaved?: (s: ServiceSubscription) => void
}>) => {
  const editing = !!subscription
  const groups = useSubscriptionGroups()
  const create = useCreateServiceSubscription()
  const update = useUpdateServiceSubscription(subscription?.id ?? "")
  const form = useDrawerForm(SubscriptionSchema, open, {
    customer_id: subscription?.customer_id ?? defaults?.customer_id ?? null,
    description: subscription?.description ?? "",
    amount: subscription ? Number(subscription.amount) : null,
    currency_code: subscription?.currency_code ?? "eur",
    frequency: subscription?.frequency ?? "monthly",
    rrule: subscription?.rrule ?? "",
    billing_timing: subscription?.billing_timing ?? "advance",
    start_date: toDateInput(subscription?.start_date ?? new Date().toISOString()),
    end_date: toDateInput(subscription?.end_date ?? null) || null,
    group_id: subscription?.group_id ?? null,
  })
  const { control } = form
  const [frequency, currency] = form.watch(["frequency", "currency_code"])

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={editing ? `Edit ${subscription!.number}` : "Create subscription"}
      submitLabel={editing ? "Save" : "Create"}
      testId="subscription-drawer"
      errorTestId="subscription-error"
      onSubmit={async (values) => {
        const common = { description: values.description, amount: values.amount, group_id: values.group_id }
        // Customer, currency, schedule and start are fixed once created.
        const { service_subscription } = editing
          ? await update.mutateAsync({ ...common, end_date: values.end_date })
          : await create.mutateAsync({
              ...common,
              customer_id: values.customer_id,
              currency_code: values.currency_code,
              frequency: values.frequency,
              rrule: values.frequency === "rrule" ? values.rrule : undefined,
              billing_timing: values.billing_timing,
              start_date: values.start_date,
              end_date: values.end_date ?? undefined,
            })
        toastSaved(service_subscription.number, editing)
        onSaved?.(service_subscription)
      }}
    >
      {!editing && (
        <FormField
          control={control}
          name="customer_id"
          id="subscription-customer"
          label="Customer"
          render={({ value, onChange }) => <CustomerCombobox id="subscription-customer" value={value} onChange={onChange} />}
        />
      )}
      <FormTextarea control={control} name="description" id="subscription-description" label="Description" />
      <div className="grid grid-cols-2 gap-4">
        <FormCurrency
          control={control}
          name="amount"
          id="subscription-amount"
          label="Amount per period"
          currencyCode={currency}
          hint={editing ? "Applies to periods not billed yet." : undefined}
        />
        {!editing && <FormText control={control} name="currency_code" id="subscription-currency" label="Currency" />}
      </div>
      {!editing && (
        <div className="grid grid-cols-2 gap-4">
          <FormSelect
            control={control}
            name="frequency"
            id="subscription-frequency"
            testId="subscription-frequency"
            label="Billing frequency"
            options={BILLING_FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))}
          />
          <FormSelect
            control={control}
            name="billing_timing"
            id="subscription-timing"
            testId="subscription-timing"
            label="Billed"
            options={BILLING_TIMINGS.map((t) => ({ value: t, label: TIMING_LABELS[t] }))}
          />
        </div>
      )}
      {!editing && frequency === "rrule" && (
        <FormText control={control} name="rrule" id="subscription-rrule" label="RRULE" hint="e.g. FREQ=WEEKLY;INTERVAL=2" />
      )}
      <div className="grid grid-cols-2 gap-4">
        {!editing && <FormDate control={control} name="start_date" id="subscription-start" label="Start date" />}
        <FormDate control={control} name="end_date" id="subscription-end" label="End date" optional />
      </div>
      <FormSelect
        control={control}
        name="group_id"
        id="subscription-group"
        testId="subscription-group"
        label="Group"
        optional
        noneLabel="No group"
        options={(groups.data?.subscription_groups ?? []).map((g) => ({ value: g.id, label: g.name }))}
      />
    </FormDrawer>
  )
}
