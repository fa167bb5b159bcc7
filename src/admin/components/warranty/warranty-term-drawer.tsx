import { z } from "zod"
import { WARRANTY_REMEDIES, WARRANTY_START_BASES, type WarrantyTerm } from "../../../types"
import { toastSaved } from "../../lib/errors"
import { useSaveWarrantyTerm } from "../../lib/hooks/warranty-terms"
import { REMEDY_LABELS, START_BASIS_LABELS } from "../../lib/warranty-format"
import { FormCheckboxes } from "../form/form-checkboxes"
import { FormNumber } from "../form/form-number"
import { FormSelect } from "../form/form-select"
import { FormSwitch } from "../form/form-switch"
import { useDrawerForm } from "../form/use-drawer-form"
import { FormDrawer, type DrawerProps } from "../form-drawer"

// Ranges (months, percentages up to 100) are the API's to check: its refusal lands on the field.
const whole = (what: string) => z.number({ message: `Enter ${what}` }).int(`Enter whole ${what}`)
const TermSchema = z.object({
  duration_months: whole("months"),
  start_basis: z.enum(WARRANTY_START_BASES),
  parts_coverage_percent: whole("percent"),
  labour_coverage_percent: whole("percent"),
  remedies: z.array(z.enum(WARRANTY_REMEDIES)).min(1, "Choose at least one remedy"),
  transferable: z.boolean(),
})
type TermValues = z.input<typeof TermSchema>

/** What a new term starts from: the common two-year, full-coverage repair-or-replace warranty. */
const NEW_TERM: TermValues = {
  duration_months: 24,
  start_basis: "fulfilled",
  parts_coverage_percent: 100,
  labour_coverage_percent: 100,
  remedies: ["repair", "replace"],
  transferable: false,
}

/**
 * Creates or edits the warranty term of a product or of one variant (`target`, fixed once
 * created); `targetLabel` names it in the title.
 */
export const WarrantyTermDrawer = ({
  open,
  onOpenChange,
  term,
  target,
  targetLabel,
}: DrawerProps<{
  term: WarrantyTerm | null
  target: { product_id: string } | { variant_id: string }
  targetLabel: string
}>) => {
  const save = useSaveWarrantyTerm()
  const form = useDrawerForm(TermSchema, open, term ?? NEW_TERM, term?.id ?? JSON.stringify(target))
  const { control } = form
  return (
    <FormDrawer
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={`${term ? "Edit" : "Add"} warranty terms · ${targetLabel}`}
      submitLabel={term ? "Save" : "Add"}
      testId="warranty-term-drawer"
      errorTestId="warranty-term-error"
      onSubmit={async (values) => {
        await save.mutateAsync(term ? { id: term.id, body: values } : { body: { ...target, ...values } })
        toastSaved(`Warranty terms of ${targetLabel}`, !!term)
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <FormNumber control={control} name="duration_months" id="warranty-months" label="Duration (months)" min={1} />
        <FormSelect
          control={control}
          name="start_basis"
          id="warranty-start-basis"
          testId="warranty-start-basis"
          label="Runs from"
          options={WARRANTY_START_BASES.map((value) => ({ value, label: START_BASIS_LABELS[value] }))}
        />
        <FormNumber control={control} name="parts_coverage_percent" id="warranty-parts" label="Parts covered (%)" min={0} />
        <FormNumber control={control} name="labour_coverage_percent" id="warranty-labour" label="Labour covered (%)" min={0} />
      </div>
      <FormCheckboxes
        control={control}
        name="remedies"
        id="warranty-remedies"
        label="Remedies offered"
        options={WARRANTY_REMEDIES.map((value) => ({ value, label: REMEDY_LABELS[value] }))}
      />
      <FormSwitch
        control={control}
        name="transferable"
        id="warranty-transferable"
        label="Transferable"
        hint="The warranty passes to a new owner of the unit."
      />
    </FormDrawer>
  )
}
