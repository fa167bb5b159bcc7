import { CurrencyInput } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type { FieldValues } from "react-hook-form"
import { FormField, type BoundFieldProps, type InvalidProps } from "./form-field"

/** The currency's symbol and how many decimals it has, from the browser's Intl data. */
const currencyInfo = (code: string) => {
  try {
    const format = new Intl.NumberFormat(undefined, { style: "currency", currency: code, currencyDisplay: "narrowSymbol" })
    const symbol = format.formatToParts(0).find((p) => p.type === "currency")?.value ?? code
    return { symbol, decimals: format.resolvedOptions().maximumFractionDigits ?? 2 }
  } catch {
    return { symbol: code, decimals: 2 }
  }
}

/**
 * An amount in `currencyCode`, in major units as Medusa stores money (12.50 is twelve and a half);
 * stored in the form as a number, empty is null.
 */
export const FormCurrency = <T extends FieldValues, TOut = T>({
  currencyCode,
  disabled,
  ...props
}: BoundFieldProps<T, TOut> & { currencyCode: string }) => (
  <FormField
    {...props}
    render={({ value, onChange, onBlur, ref, name }, invalid) => (
      <AmountInput
        inputRef={ref}
        invalid={invalid}
        name={name}
        code={currencyCode.toUpperCase()}
        value={value ?? null}
        disabled={disabled}
        onBlur={onBlur}
        onChange={onChange}
      />
    )}
  />
)

type AmountInputProps = {
  inputRef: (el: HTMLInputElement | null) => void
  invalid: InvalidProps
  name: string
  code: string
  value: number | null
  disabled?: boolean
  onBlur: () => void
  onChange: (value: number | null) => void
}

// The input keeps what is typed ("12." on the way to "12.5"); the form gets the number.
const AmountInput = ({ inputRef, invalid, name, code, value, disabled, onBlur, onChange }: AmountInputProps) => {
  const { symbol, decimals } = currencyInfo(code)
  const [text, setText] = useState(value === null ? "" : String(value))
  useEffect(() => {
    // A new value from outside (a reset): show it; a value this input sent: keep the typing.
    setText((current) => (toAmount(current) === value ? current : value === null ? "" : String(value)))
  }, [value])
  return (
    <CurrencyInput
      ref={inputRef}
      {...invalid}
      name={name}
      size="small"
      symbol={symbol}
      code={code}
      decimalsLimit={decimals}
      allowNegativeValue={false}
      disableAbbreviations
      disableGroupSeparators
      decimalSeparator="."
      disabled={disabled}
      value={text}
      onBlur={onBlur}
      onValueChange={(typed) => {
        setText(typed ?? "")
        onChange(toAmount(typed ?? ""))
      }}
    />
  )
}

const toAmount = (text: string): number | null => {
  if (text.trim() === "") {
    return null
  }
  const n = Number(text.replace(",", "."))
  return Number.isFinite(n) ? n : null
}
