import { Input, Select, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { toastError, toastSuccess } from "../../lib/errors"
import { toDateInput } from "../../lib/format"
import { dayToIso } from "../../lib/sla-format"
import { useUpdateServiceAgreement } from "../../lib/hooks/service-agreements"
import { useServiceLevelAgreements } from "../../lib/hooks/slas"
import type { AgreementInput, ServiceAgreement } from "../../../types"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"

const NONE = "__none__"

/** Edits an agreement's header; start and currency only while it is a draft (the API's rule). */
export const EditAgreementDrawer = ({
  open,
  onOpenChange,
  agreement,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  agreement: ServiceAgreement
}) => {
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const [validFrom, setValidFrom] = useState("")
  const [validTo, setValidTo] = useState("")
  const [slaId, setSlaId] = useState(NONE)
  const [currency, setCurrency] = useState("")
  const [group, setGroup] = useState("")
  const slas = useServiceLevelAgreements({ limit: 100, order: "code" })
  const update = useUpdateServiceAgreement(agreement.id)
  const draft = agreement.status === "draft"

  useEffect(() => {
    if (!open) {
      return
    }
    setName(agreement.name)
    setDescription(agreement.description ?? "")
    setValidFrom(toDateInput(agreement.valid_from))
    setValidTo(toDateInput(agreement.valid_to))
    setSlaId(agreement.sla_id ?? NONE)
    setCurrency(agreement.currency_code ?? "")
    setGroup(agreement.agreement_group ?? "")
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, agreement.id])

  const submit = () => {
    const body: AgreementInput = {
      name: name.trim(),
      description: description.trim() || null,
      valid_to: validTo ? dayToIso(validTo) : null,
      sla_id: slaId === NONE ? null : slaId,
      agreement_group: group.trim() || null,
      ...(draft ? { valid_from: dayToIso(validFrom), currency_code: currency.trim().toLowerCase() } : {}),
    }
    update.mutate(body, {
      onSuccess: () => {
        toastSuccess(`${agreement.number} was updated`)
        onOpenChange(false)
      },
      onError: toastError,
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Edit ${agreement.number}`}
      onSubmit={submit}
      isPending={update.isPending}
      submitDisabled={!name.trim() || (draft && (!validFrom || currency.trim().length !== 3))}
      testId="edit-agreement-drawer"
    >
      <Field label="Name" htmlFor="agr-edit-name">
        <Input id="agr-edit-name" size="small" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label="Description" htmlFor="agr-edit-description" optional>
        <Textarea id="agr-edit-description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field label="Valid from" htmlFor="agr-edit-from" hint={draft ? undefined : "Fixed once activated."}>
          <Input id="agr-edit-from" type="date" size="small" value={validFrom} disabled={!draft} onChange={(e) => setValidFrom(e.target.value)} />
        </Field>
        <Field label="Valid to" htmlFor="agr-edit-to" optional>
          <Input id="agr-edit-to" type="date" size="small" value={validTo} onChange={(e) => setValidTo(e.target.value)} />
        </Field>
      </div>
      <Field label="SLA" htmlFor="agr-edit-sla" optional>
        <Select value={slaId} onValueChange={setSlaId}>
          <Select.Trigger id="agr-edit-sla">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>None</Select.Item>
            {(slas.data?.service_level_agreements ?? []).map((s) => (
              <Select.Item key={s.id} value={s.id}>
                {s.name} ({s.code})
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field label="Currency" htmlFor="agr-edit-currency" hint={draft ? undefined : "Fixed once activated."}>
          <Input id="agr-edit-currency" size="small" maxLength={3} value={currency} disabled={!draft} onChange={(e) => setCurrency(e.target.value)} />
        </Field>
        <Field label="Group" htmlFor="agr-edit-group" optional>
          <Input id="agr-edit-group" size="small" value={group} onChange={(e) => setGroup(e.target.value)} />
        </Field>
      </div>
    </FormDrawer>
  )
}
