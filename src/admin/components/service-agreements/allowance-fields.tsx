import { Text } from "@medusajs/ui"
import { useFormContext } from "react-hook-form"
import { z } from "zod"
import { ALLOWANCE_PERIODS, ALLOWANCE_UNITS, type AgreementLine } from "../../../types"
import { humanize, toNumber } from "../../lib/format"
import { FormCurrency } from "../form/form-currency"
import { FormNumber } from "../form/form-number"
import { FormSelect } from "../form/form-select"

/** The allowance part of an agreement line's form: all three of quantity, unit and period, or none. */
export const allowanceSchema = z
  .object({
    allowance_quantity: z.number().positive("The allowance must be greater than 0.").nullable(),
    allowance_unit: z.enum(ALLOWANCE_UNITS).nullable(),
    allowance_period: z.enum(ALLOWANCE_PERIODS).nullable(),
    overage_unit_price: z.number().min(0).nullable(),
  })
  .refine((v) => [v.allowance_quantity, v.allowance_unit, v.allowance_period].filter((x) => x != null).length % 3 === 0, {
    message: "Give the allowance, its unit and its period together, or none of them.",
    path: ["allowance_quantity"],
  })

export const allowanceDefaults = (line?: AgreementLine | null): z.input<typeof allowanceSchema> => ({
  allowance_quantity: line?.allowance_quantity ?? null,
  allowance_unit: line?.allowance_unit ?? null,
  allowance_period: line?.allowance_period ?? null,
  overage_unit_price: line?.overage_unit_price != null ? toNumber(line.overage_unit_price) : null,
})

/** E.g. 4 visits a year, usage beyond it billed at the overage price when an order is posted. */
export const AllowanceFields = ({ currencyCode }: { currencyCode: string }) => {
  const { control } = useFormContext<z.input<typeof allowanceSchema>>()
  return (
    <div className="flex flex-col gap-y-2" data-testid="agl-allowance">
      <Text size="small" weight="plus">
        Usage allowance
      </Text>
      <div className="grid grid-cols-3 gap-4">
        <FormNumber control={control} name="allowance_quantity" label="Allowance" id="agl-allowance-quantity" min={0} step="any" optional />
        <FormSelect
          control={control}
          name="allowance_unit"
          label="Unit"
          id="agl-allowance-unit"
          testId="agl-allowance-unit"
          optional
          noneLabel="None"
          options={ALLOWANCE_UNITS.map((u) => ({ value: u, label: humanize(`${u}s`) }))}
        />
        <FormSelect
          control={control}
          name="allowance_period"
          label="Per"
          id="agl-allowance-period"
          testId="agl-allowance-period"
          optional
          noneLabel="None"
          options={ALLOWANCE_PERIODS.map((p) => ({ value: p, label: humanize(p) }))}
        />
      </div>
      <FormCurrency
        control={control}
        name="overage_unit_price"
        label="Overage price per unit"
        id="agl-overage-price"
        currencyCode={currencyCode}
        optional
        hint="Completed orders draw on the allowance; beyond it, this price is billed when the order is posted."
      />
    </div>
  )
}

/** The line's allowance and what is left of it this period, e.g. "1 of 4 visits used · 3 left (year from 15 Mar 2026)". */
export const AllowanceCell = ({ line }: { line: AgreementLine }) => {
  if (line.allowance_quantity == null || !line.allowance_unit) {
    return <span className="text-ui-fg-muted">–</span>
  }
  const balance = line.allowance_balance
  const unit = `${line.allowance_unit}s`
  return (
    <div className="flex flex-col py-2" data-testid="line-allowance">
      <span className="text-ui-fg-base">
        {balance ? `${balance.used} of ${balance.allowance} ${unit} used · ${balance.remaining} left` : `${line.allowance_quantity} ${unit}`}
      </span>
      <span className="txt-compact-xsmall text-ui-fg-subtle">
        per {humanize(line.allowance_period)}
        {balance ? ` since ${balance.period_start.slice(0, 10)}` : " (outside the agreement term)"}
      </span>
    </div>
  )
}
