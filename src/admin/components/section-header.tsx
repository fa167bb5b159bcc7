import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/**
 * The top row of a page or section, as the dashboard draws it: the title, a subtle line below it
 * (a description, or why the section is locked) and the actions on the right.
 */
export const SectionHeader = ({
  title,
  description,
  level = "h2",
  children,
}: {
  title: ReactNode
  description?: ReactNode
  /** "h1" for a page's title. */
  level?: "h1" | "h2"
  children?: ReactNode
}) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4">
    <div>
      <Heading level={level}>{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {children ? <div className="flex items-center gap-x-2">{children}</div> : null}
  </div>
)
