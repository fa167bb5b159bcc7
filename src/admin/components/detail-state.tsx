import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"

/** What a detail page shows while it loads. */
export const DetailLoading = ({ noun }: { noun: string }) => (
  <Container className="px-6 py-4">
    <Text size="small" className="text-ui-fg-subtle">
      Loading {noun}…
    </Text>
  </Container>
)

/** What a detail page shows when its record cannot be read, with the way back to the list. */
export const DetailNotFound = ({ noun, error, listPath, listLabel }: { noun: string; error: unknown; listPath: string; listLabel: string }) => (
  <Container className="flex flex-col gap-y-2 px-6 py-4">
    <Heading>{noun} not found</Heading>
    <Text size="small" className="text-ui-fg-subtle">
      {(error as Error)?.message ?? "It may have been deleted."}
    </Text>
    <Link to={listPath} className="text-ui-fg-interactive txt-compact-small">
      Back to {listLabel}
    </Link>
  </Container>
)
