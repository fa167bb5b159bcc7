import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link, type UIMatch } from "react-router-dom"

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

/**
 * The record of a detail page: `children(record)` once `query` has loaded it, else "Loading …" or
 * "… not found" with the way back to `list` (its path and label).
 */
export const DetailState = <R,>({
  query,
  record,
  noun,
  list,
  children,
}: {
  query: { isLoading: boolean; error: unknown }
  record: R | null | undefined
  /** The record's kind, as "Loading service order…" names it. */
  noun: string
  list: { path: string; label: string }
  children: (record: R) => ReactNode
}) => {
  if (query.isLoading) {
    return <DetailLoading noun={noun} />
  }
  if (!record) {
    const title = noun.charAt(0).toUpperCase() + noun.slice(1)
    return <DetailNotFound noun={title} error={query.error} listPath={list.path} listLabel={list.label} />
  }
  return <>{children(record)}</>
}

/** A detail route's `handle`: its breadcrumb names the record (`label` of what `useRecord(id)` answers), else shows the id. */
export const recordBreadcrumb = <D,>(useRecord: (id: string) => { data?: D }, label: (data: D | undefined) => string | null | undefined) => {
  const Crumb = ({ id }: { id: string }) => <span>{label(useRecord(id).data) ?? id}</span>
  return { breadcrumb: (match: UIMatch) => <Crumb id={(match.params as { id?: string }).id ?? ""} /> }
}
