import type { ServiceAgreement } from "../../../types"
import { toastSuccess } from "../../lib/errors"
import { toDateInput } from "../../lib/format"
import { useUpdateServiceAgreement } from "../../lib/hooks/service-agreements"
import { FormDrawer, type DrawerProps } from "../form-drawer"
import { useDrawerForm } from "../form/use-drawer-form"
import { AgreementFields, AgreementFieldsSchema, dayOrNull } from "./agreement-fields"

const schema = (draft: boolean) =>
  AgreementFieldsSchema.superRefine((v, ctx) => {
    if (!v.name.trim()) {
      ctx.addIssue({ code: "custom", path: ["name"], message: "Enter a name" })
    }
    if (draft && !v.valid_from) {
      ctx.addIssue({ code: "custom", path: ["valid_from"], message: "Choose the first day" })
    }
    if (draft && v.currency_code.trim().length !== 3) {
      ctx.addIssue({ code: "custom", path: ["currency_code"], message: "Enter a three-letter currency code" })
    }
  })

/** Edits an agreement's header; start and currency only while it is a draft (the API's rule). */
export const EditAgreementDrawer = ({ open, onOpenChange, agreement }: DrawerProps<{ agreement: ServiceAgreement }>) => {
  const update = useUpdateServiceAgreement(agreement.id)
  const draft = agreement.status === "draft"
  const form = useDrawerForm(schema(draft), open, {
    name: agreement.name,
    description: agreement.description ?? "",
    valid_from: toDateInput(agreement.valid_from) || null,
    valid_to: toDateInput(agreement.valid_to) || null,
    sla_id: agreement.sla_id ?? null,
    currency_code: agreement.currency_code ?? "",
    agreement_group: agreement.agreement_group ?? "",
  })
  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={`Edit ${agreement.number}`}
      testId="edit-agreement-drawer"
      onSubmit={async (v) => {
        await update.mutateAsync({
          name: v.name.trim(),
          description: v.description.trim() || null,
          valid_to: dayOrNull(v.valid_to),
          sla_id: v.sla_id,
          agreement_group: v.agreement_group.trim() || null,
          ...(draft ? { valid_from: dayOrNull(v.valid_from) ?? undefined, currency_code: v.currency_code.trim().toLowerCase() } : {}),
        })
        toastSuccess(`${agreement.number} was updated`)
      }}
    >
      <AgreementFields fixed={!draft} />
    </FormDrawer>
  )
}
