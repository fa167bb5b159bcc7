import { Input, Select, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { CustomerCombobox } from "../combobox"
import { Field, parseDecimal } from "../field"
import { FormDrawer } from "../form-drawer"
import { toastError, toastSuccess } from "../../lib/errors"
import { toDateInput } from "../../lib/format"
import { useCreateServiceSubscription, useSubscriptionGroups, useUpdateServiceSubscription } from "../../lib/hooks/subscriptions"
import type { ServiceSubscription } from "../../lib/subscription-types"

const NONE = "__none__"
const FREQUENCIES = ["monthly", "quarterly", "yearly", "rrule"] as const

/** Create a subscription, or change one (description, amount for coming periods, end date, group). */
export const SubscriptionDrawer = ({
  open,
  onOpenChange,
  subscription,
  defaults,
  onSaved,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  subscription?: ServiceSubscription
  defaults?: { customer_id?: string }
  onSaved?: (s: ServiceSubscription) => void
}) => {
  const editing = !!subscription
  const groups = useSubscriptionGroups()
  const create = useCreateServiceSubscription()
  const update = useUpdateServiceSubscription(subscription?.id ?? "")
  const [form, setForm] = useState({
    customer_id: null as string | null,
    description: "",
    amount: "",
    currency_code: "eur",
    frequency: "monthly" as (typeof FREQUENCIES)[number],
    rrule: "",
    billing_timing: "advance",
    start_date: "",
    end_date: "",
    group_id: NONE,
  })
  useEffect(() => {
    if (open) {
      setForm({
        customer_id: subscription?.customer_id ?? defaults?.customer_id ?? null,
        description: subscription?.description ?? "",
        amount: subscription ? String(subscription.amount ?? "") : "",
        currency_code: subscription?.currency_code ?? "eur",
        frequency: subscription?.frequency ?? "monthly",
        rrule: subscription?.rrule ?? "",
        billing_timing: subscription?.billing_timing ?? "advance",
        start_date: toDateInput(subscription?.start_date ?? new Date().toISOString()),
        end_date: toDateInput(subscription?.end_date ?? null),
        group_id: subscription?.group_id ?? NONE,
      })
    }
  }, [open, subscription, defaults?.customer_id])
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }))

  const onSubmit = () => {
    const common = {
      description: form.description,
      amount: parseDecimal(form.amount),
      end_date: form.end_date || null,
      group_id: form.group_id === NONE ? null : form.group_id,
    }
    const body = editing
      ? common
      : {
          ...common,
          customer_id: form.customer_id,
          currency_code: form.currency_code,
          frequency: form.frequency,
          rrule: form.frequency === "rrule" ? form.rrule : undefined,
          billing_timing: form.billing_timing,
          start_date: form.start_date,
          end_date: form.end_date || undefined,
        }
    const mutation = editing ? update : create
    mutation.mutate(body, {
      onSuccess: ({ service_subscription }) => {
        toastSuccess(editing ? `${service_subscription.number} was updated` : `${service_subscription.number} was created`)
        onOpenChange(false)
        onSaved?.(service_subscription)
      },
      onError: toastError,
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={editing ? `Edit ${subscription!.number}` : "Create subscription"}
      onSubmit={onSubmit}
      isPending={create.isPending || update.isPending}
      submitLabel={editing ? "Save" : "Create"}
      testId="subscription-drawer"
    >
      {!editing && (
        <Field label="Customer" htmlFor="subscription-customer">
          <CustomerCombobox id="subscription-customer" value={form.customer_id} onChange={(id) => set({ customer_id: id })} />
        </Field>
      )}
      <Field label="Description" htmlFor="subscription-description">
        <Textarea id="subscription-description" value={form.description} onChange={(e) => set({ description: e.target.value })} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field label="Amount per period" htmlFor="subscription-amount" hint={editing ? "Applies to periods not billed yet." : undefined}>
          <Input id="subscription-amount" inputMode="decimal" value={form.amount} onChange={(e) => set({ amount: e.target.value })} />
        </Field>
        {!editing && (
          <Field label="Currency" htmlFor="subscription-currency">
            <Input id="subscription-currency" maxLength={3} value={form.currency_code} onChange={(e) => set({ currency_code: e.target.value.toLowerCase() })} />
          </Field>
        )}
      </div>
      {!editing && (
        <div className="grid grid-cols-2 gap-4">
          <Field label="Billing frequency">
            <Select value={form.frequency} onValueChange={(v) => set({ frequency: v as typeof form.frequency })}>
              <Select.Trigger data-testid="subscription-frequency">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {FREQUENCIES.map((f) => (
                  <Select.Item key={f} value={f}>
                    {f === "rrule" ? "Custom (RRULE)" : f[0].toUpperCase() + f.slice(1)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Billed">
            <Select value={form.billing_timing} onValueChange={(v) => set({ billing_timing: v })}>
              <Select.Trigger data-testid="subscription-timing">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="advance">In advance</Select.Item>
                <Select.Item value="arrears">In arrears</Select.Item>
              </Select.Content>
            </Select>
          </Field>
        </div>
      )}
      {!editing && form.frequency === "rrule" && (
        <Field label="RRULE" htmlFor="subscription-rrule" hint="e.g. FREQ=WEEKLY;INTERVAL=2">
          <Input id="subscription-rrule" value={form.rrule} onChange={(e) => set({ rrule: e.target.value })} />
        </Field>
      )}
      <div className="grid grid-cols-2 gap-4">
        {!editing && (
          <Field label="Start date" htmlFor="subscription-start">
            <Input id="subscription-start" type="date" value={form.start_date} onChange={(e) => set({ start_date: e.target.value })} />
          </Field>
        )}
        <Field label="End date" htmlFor="subscription-end" optional>
          <Input id="subscription-end" type="date" value={form.end_date} onChange={(e) => set({ end_date: e.target.value })} />
        </Field>
      </div>
      <Field label="Group" optional>
        <Select value={form.group_id} onValueChange={(v) => set({ group_id: v })}>
          <Select.Trigger data-testid="subscription-group">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>No group</Select.Item>
            {(groups.data?.subscription_groups ?? []).map((g) => (
              <Select.Item key={g.id} value={g.id}>
                {g.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
    </FormDrawer>
  )
}
