import { Text } from "@medusajs/ui"
import { useFormContext } from "react-hook-form"
import { z } from "zod"
import { useServiceLevelAgreements } from "../../lib/hooks/slas"
import { FormDate } from "../form/form-date"
import { FormSelect } from "../form/form-select"
import { FormText, FormTextarea } from "../form/form-text"

/** The header fields an agreement is created and edited with (days as "YYYY-MM-DD", "" for empty text). */
export const AgreementFieldsSchema = z.object({
  name: z.string(),
  description: z.string(),
  valid_from: z.string().nullable(),
  valid_to: z.string().nullable(),
  sla_id: z.string().nullable(),
  currency_code: z.string(),
  agreement_group: z.string(),
})
export type AgreementFieldValues = z.infer<typeof AgreementFieldsSchema>

/** A "YYYY-MM-DD" day as the ISO instant the API takes (start of that UTC day). */
export const dayOrNull = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`).toISOString() : null)

type Props = {
  /** Start and currency are fixed once the agreement is activated (the API's rule). */
  fixed?: boolean
  /** From a template, empty fields are taken from it: these are optional and show the template's. */
  template?: { name: string } | null
  /** Offer active SLAs only (a new agreement); an edit lists all, so a retired one still shows. */
  activeSlasOnly?: boolean
}

/** Name, description, validity, SLA, currency and group of an agreement, inside a `FormDrawer` whose form holds them. */
export const AgreementFields = ({ fixed, template, activeSlasOnly }: Props) => {
  const { control } = useFormContext<AgreementFieldValues>()
  const slas = useServiceLevelAgreements({ is_active: activeSlasOnly || undefined, limit: 100, order: "code" })
  const fixedHint = fixed ? "Fixed once activated." : undefined
  return (
    <>
      <FormText control={control} name="name" label="Name" id="agr-name" optional={!!template} placeholder={template?.name} />
      <FormTextarea control={control} name="description" label="Description" id="agr-description" optional />
      <div className="grid grid-cols-2 gap-4">
        <FormDate control={control} name="valid_from" label="Valid from" id="agr-valid-from" disabled={fixed} hint={fixedHint} />
        <FormDate control={control} name="valid_to" label="Valid to" id="agr-valid-to" optional />
      </div>
      <FormSelect
        control={control}
        name="sla_id"
        label="SLA"
        id="agr-sla"
        testId="agr-sla"
        optional
        hint="Orders generated from the agreement get this SLA."
        noneLabel={template ? "From the template" : "None"}
        options={(slas.data?.service_level_agreements ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.code})` }))}
      />
      <div className="grid grid-cols-2 gap-4">
        <FormText control={control} name="currency_code" label="Currency" id="agr-currency" optional={!!template} disabled={fixed} hint={fixedHint} />
        <FormText control={control} name="agreement_group" label="Group" id="agr-group" optional hint="Groups agreements for reporting." />
      </div>
      {slas.isError && (
        <Text size="small" className="text-ui-fg-error">
          Could not load SLAs.
        </Text>
      )}
    </>
  )
}
