import { useEffect } from "react"
import { useNavigate } from "react-router-dom"
import { z } from "zod"
import { toastSuccess } from "../../lib/errors"
import { useCreateServiceAgreement, useServiceAgreements } from "../../lib/hooks/service-agreements"
import { useStoreCurrency } from "../../lib/hooks/store"
import { CustomerCombobox } from "../combobox"
import { FormDrawer, type DrawerProps } from "../form-drawer"
import { FormField } from "../form/form-field"
import { FormSelect } from "../form/form-select"
import { FormSwitch } from "../form/form-switch"
import { useDrawerForm } from "../form/use-drawer-form"
import { AgreementFields, AgreementFieldsSchema, dayOrNull } from "./agreement-fields"

const Schema = AgreementFieldsSchema.extend({
  is_template: z.boolean(),
  customer_id: z.string().nullable(),
  template_id: z.string().nullable(),
}).superRefine((v, ctx) => {
  if (!v.is_template && !v.customer_id) {
    ctx.addIssue({ code: "custom", path: ["customer_id"], message: "Choose the customer" })
  }
  // From a template, empty fields are taken from it.
  if (!v.template_id && !v.name.trim()) {
    ctx.addIssue({ code: "custom", path: ["name"], message: "Enter a name" })
  }
  if (!v.template_id && !v.currency_code.trim()) {
    ctx.addIssue({ code: "custom", path: ["currency_code"], message: "Enter a currency code" })
  }
})

const today = () => new Date().toISOString().slice(0, 10)

/** Creates a service agreement (or a template), optionally from a template whose lines it copies. */
export const CreateAgreementDrawer = ({ open, onOpenChange, customerId }: DrawerProps<{ customerId?: string | null }>) => {
  const navigate = useNavigate()
  const storeCurrency = useStoreCurrency()
  const templates = useServiceAgreements({ is_template: true, limit: 100, order: "name" }, { enabled: open })
  const create = useCreateServiceAgreement()
  const form = useDrawerForm(Schema, open, {
    is_template: false,
    customer_id: customerId ?? null,
    template_id: null,
    name: "",
    description: "",
    valid_from: today(),
    valid_to: null,
    sla_id: null,
    currency_code: storeCurrency.data ?? "",
    agreement_group: "",
  })
  const [isTemplate, templateId, currency] = form.watch(["is_template", "template_id", "currency_code"])
  const template = templates.data?.service_agreements.find((t) => t.id === templateId)

  // The store currency is the default, unless a template brings its own.
  useEffect(() => {
    if (open && !currency && storeCurrency.data && !templateId) {
      form.setValue("currency_code", storeCurrency.data)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, storeCurrency.data])
  useEffect(() => {
    if (templateId) {
      form.setValue("currency_code", "")
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [templateId])

  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title="Create service agreement"
      description="A contract with a customer: validity, SLA and lines from which service orders are generated."
      submitLabel="Create"
      testId="create-agreement-drawer"
      onSubmit={async (v) => {
        const { service_agreement } = await create.mutateAsync({
          name: v.name.trim() || undefined,
          description: v.description.trim() || undefined,
          customer_id: v.is_template ? undefined : v.customer_id,
          valid_from: dayOrNull(v.valid_from) ?? undefined,
          valid_to: dayOrNull(v.valid_to) ?? undefined,
          sla_id: v.sla_id ?? undefined,
          currency_code: v.currency_code.trim().toLowerCase() || undefined,
          agreement_group: v.agreement_group.trim() || undefined,
          is_template: v.is_template,
          template_id: v.template_id ?? undefined,
        })
        toastSuccess(`${service_agreement.is_template ? "Template" : "Agreement"} ${service_agreement.number} was created`)
        navigate(`/service-agreements/${service_agreement.id}`)
      }}
    >
      <div className="bg-ui-bg-component shadow-elevation-card-rest rounded-lg p-3">
        <FormSwitch
          control={form.control}
          name="is_template"
          label="Template"
          id="agr-is-template"
          hint="A template has no customer; agreements are created from it with its lines."
        />
      </div>
      {!isTemplate && (
        <FormField
          control={form.control}
          name="customer_id"
          label="Customer"
          id="agr-customer"
          render={({ value, onChange }) => <CustomerCombobox id="agr-customer" value={value as string | null} onChange={onChange} />}
        />
      )}
      <FormSelect
        control={form.control}
        name="template_id"
        label="From template"
        id="agr-template"
        testId="agr-template"
        optional
        noneLabel="None"
        hint={template ? "Its lines, name, group, SLA and currency are copied; fields you fill in here win." : undefined}
        options={(templates.data?.service_agreements ?? []).map((t) => ({ value: t.id, label: `${t.name} (${t.number})` }))}
      />
      <AgreementFields template={template} activeSlasOnly />
    </FormDrawer>
  )
}
