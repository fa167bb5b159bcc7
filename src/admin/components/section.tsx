import { Button, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Can } from "./can"

type HeaderProps = {
  title: ReactNode
  /** The subtle line below the title: what the section holds, a count, or why it is locked. */
  description?: ReactNode
  /** Buttons, a badge or a count on the right. */
  actions?: ReactNode
}

/** The top row of a page or section, as the dashboard draws it. `level` "h1" for a page's title. */
export const SectionHeader = ({ title, description, actions, level = "h2" }: HeaderProps & { level?: "h1" | "h2" }) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4">
    <div>
      <Heading level={level}>{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {actions ? <div className="flex items-center gap-x-2">{actions}</div> : null}
  </div>
)

/** A section card of a detail page or widget: the header, then the content, divided by lines. */
export const Section = ({ testId, children, ...header }: HeaderProps & { testId?: string; children?: ReactNode }) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <SectionHeader {...header} />
    {children}
  </Container>
)

/** The "Create …" button of a list or section, shown to users with `permission` only. */
export const CreateButton = ({
  permission,
  onClick,
  disabled,
  testId,
  children,
}: {
  permission: string
  onClick: () => void
  disabled?: boolean
  testId?: string
  children: ReactNode
}) => (
  <Can permission={permission}>
    <Button size="small" variant="secondary" onClick={onClick} disabled={disabled} data-testid={testId}>
      {children}
    </Button>
  </Can>
)
