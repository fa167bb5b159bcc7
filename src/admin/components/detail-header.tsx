import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/**
 * The head of a record's page: its number (test id `numberTestId`) with its badges, the subtitle
 * beneath, and the actions on the right.
 */
export const DetailHeader = ({
  number,
  numberTestId,
  badges,
  subtitle,
  children,
}: {
  number: string
  numberTestId: string
  badges: ReactNode
  subtitle: ReactNode
  /** The actions. */
  children: ReactNode
}) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4">
    <div className="flex flex-col gap-y-1">
      <div className="flex flex-wrap items-center gap-x-2">
        <Heading data-testid={numberTestId}>{number}</Heading>
        {badges}
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {subtitle}
      </Text>
    </div>
    <div className="flex items-center gap-x-2">{children}</div>
  </div>
)
