import { Input, Label, Select, Switch, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { toastError, toastSuccess } from "../../lib/errors"
import { useStoreCurrency } from "../../lib/hooks/store"
import { dayToIso } from "../../lib/sla-format"
import { useCreateServiceAgreement, useServiceAgreements } from "../../lib/hooks/service-agreements"
import { useServiceLevelAgreements } from "../../lib/hooks/slas"
import type { AgreementInput } from "../../../types"
import { CustomerCombobox } from "../combobox"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"

const NONE = "__none__"

/** Creates a service agreement (or a template), optionally from a template whose lines it copies. */
export const CreateAgreementDrawer = ({
  open,
  onOpenChange,
  customerId,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  customerId?: string | null
}) => {
  const navigate = useNavigate()
  const [customer, setCustomer] = useState<string | null>(null)
  const [templateId, setTemplateId] = useState(NONE)
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const [validFrom, setValidFrom] = useState("")
  const [validTo, setValidTo] = useState("")
  const [slaId, setSlaId] = useState(NONE)
  const [currency, setCurrency] = useState("")
  const [group, setGroup] = useState("")
  const [isTemplate, setIsTemplate] = useState(false)

  const storeCurrency = useStoreCurrency()
  const slas = useServiceLevelAgreements({ is_active: true, limit: 100, order: "code" })
  const templates = useServiceAgreements({ is_template: true, limit: 100, order: "name" }, { enabled: open })
  const create = useCreateServiceAgreement()

  useEffect(() => {
    if (!open) {
      return
    }
    setCustomer(customerId ?? null)
    setTemplateId(NONE)
    setName("")
    setDescription("")
    setValidFrom(new Date().toISOString().slice(0, 10))
    setValidTo("")
    setSlaId(NONE)
    setCurrency(storeCurrency.data ?? "")
    setGroup("")
    setIsTemplate(false)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  useEffect(() => {
    // The store currency is the default, unless a template brings its own.
    if (open && !currency && storeCurrency.data && templateId === NONE) {
      setCurrency(storeCurrency.data)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, storeCurrency.data])

  const fromTemplate = templateId !== NONE
  const template = templates.data?.service_agreements.find((t) => t.id === templateId)

  const submit = () => {
    const body: AgreementInput = {
      name: name.trim() || undefined,
      description: description.trim() || undefined,
      customer_id: isTemplate ? undefined : customer,
      valid_from: validFrom ? dayToIso(validFrom) : undefined,
      valid_to: validTo ? dayToIso(validTo) : undefined,
      // From a template, empty fields are taken from it.
      sla_id: slaId === NONE ? undefined : slaId,
      currency_code: currency.trim() ? currency.trim().toLowerCase() : undefined,
      agreement_group: group.trim() || undefined,
      is_template: isTemplate,
      template_id: fromTemplate ? templateId : undefined,
    }
    create.mutate(body, {
      onSuccess: ({ service_agreement }) => {
        toastSuccess(`${service_agreement.is_template ? "Template" : "Agreement"} ${service_agreement.number} was created`)
        onOpenChange(false)
        navigate(`/service-agreements/${service_agreement.id}`)
      },
      onError: toastError,
    })
  }

  const slaRows = slas.data?.service_level_agreements ?? []
  const templateRows = templates.data?.service_agreements ?? []
  const valid = (isTemplate || !!customer) && (!!name.trim() || fromTemplate) && (!!currency.trim() || fromTemplate)

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Create service agreement"
      description="A contract with a customer: validity, SLA and lines from which service orders are generated."
      onSubmit={submit}
      isPending={create.isPending}
      submitLabel="Create"
      submitDisabled={!valid}
      testId="create-agreement-drawer"
    >
      <div className="bg-ui-bg-component shadow-elevation-card-rest flex items-start gap-x-3 rounded-lg p-3">
        <Switch id="agr-is-template" checked={isTemplate} onCheckedChange={setIsTemplate} />
        <div className="flex flex-col">
          <Label htmlFor="agr-is-template" size="small" weight="plus">
            Template
          </Label>
          <span className="txt-compact-small text-ui-fg-subtle">
            A template has no customer; agreements are created from it with its lines.
          </span>
        </div>
      </div>
      {!isTemplate && (
        <Field label="Customer" htmlFor="agr-customer">
          <CustomerCombobox id="agr-customer" value={customer} onChange={setCustomer} />
        </Field>
      )}
      <Field label="From template" htmlFor="agr-template" optional hint={template ? "Its lines, name, group, SLA and currency are copied; fields you fill in here win." : undefined}>
        <Select
          value={templateId}
          onValueChange={(v) => {
            setTemplateId(v)
            if (v !== NONE) {
              setCurrency("")
            }
          }}
        >
          <Select.Trigger id="agr-template" data-testid="agr-template">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>None</Select.Item>
            {templateRows.map((t) => (
              <Select.Item key={t.id} value={t.id}>
                {t.name} ({t.number})
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field label="Name" htmlFor="agr-name" optional={fromTemplate}>
        <Input id="agr-name" size="small" value={name} placeholder={template?.name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label="Description" htmlFor="agr-description" optional>
        <Textarea id="agr-description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field label="Valid from" htmlFor="agr-valid-from">
          <Input id="agr-valid-from" type="date" size="small" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </Field>
        <Field label="Valid to" htmlFor="agr-valid-to" optional>
          <Input id="agr-valid-to" type="date" size="small" value={validTo} onChange={(e) => setValidTo(e.target.value)} />
        </Field>
      </div>
      <Field label="SLA" htmlFor="agr-sla" optional hint="Orders generated from the agreement get this SLA.">
        <Select value={slaId} onValueChange={setSlaId}>
          <Select.Trigger id="agr-sla" data-testid="agr-sla">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>{fromTemplate ? "From the template" : "None"}</Select.Item>
            {slaRows.map((s) => (
              <Select.Item key={s.id} value={s.id}>
                {s.name} ({s.code})
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field label="Currency" htmlFor="agr-currency" optional={fromTemplate}>
          <Input id="agr-currency" size="small" maxLength={3} value={currency} onChange={(e) => setCurrency(e.target.value)} />
        </Field>
        <Field label="Group" htmlFor="agr-group" optional hint="Groups agreements for reporting.">
          <Input id="agr-group" size="small" value={group} onChange={(e) => setGroup(e.target.value)} />
        </Field>
      </div>
      {slas.isError && (
        <Text size="small" className="text-ui-fg-error">
          Could not load SLAs.
        </Text>
      )}
    </FormDrawer>
  )
}
