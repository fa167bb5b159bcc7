import { Hint, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/**
 * A labelled form control with an optional hint and error, spaced like the dashboard's `Form.Item`
 * (the bound fields in `form/` use it; so do unconverted forms).
 */
export const Field = ({
  label,
  htmlFor,
  optional,
  hint,
  error,
  children,
}: {
  label: string
  htmlFor?: string
  optional?: boolean
  hint?: ReactNode
  error?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2">
    <div className="flex items-center gap-x-1">
      <Label size="small" weight="plus" htmlFor={htmlFor}>
        {label}
      </Label>
      {optional && (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          (Optional)
        </Text>
      )}
    </div>
    {children}
    {hint && (
      <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
    {error && (
      <Hint variant="error" id={htmlFor ? `${htmlFor}-error` : undefined}>
        {error}
      </Hint>
    )}
  </div>
)

/** An API refusal shown inside a form, in the API's words. */
export const FormError = ({ message, testId }: { message: string | null; testId: string }) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" data-testid={testId}>
      {message}
    </Text>
  ) : null
