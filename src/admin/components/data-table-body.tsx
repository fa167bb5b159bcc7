import { DataTable, Text } from "@medusajs/ui"

type Props = {
  /** What the list holds, e.g. "service orders", for the error line. */
  noun: string
  isError: boolean
  error: unknown
  empty: { heading: string; description: string }
  filtered: { heading: string; description: string }
  /** The list answered `count_capped`: its count is a lower bound (README › API › Lists). */
  countCapped?: boolean
}

/** "1 — 20 of 1000 or more results" when the total was not counted to the end. */
const CAPPED_PAGINATION = { of: "of", results: "or more results", pages: "or more pages", prev: "Prev", next: "Next" }

/** The body of a paged list: the load error in words, or the rows with their empty states; then paging. */
export const DataTableBody = ({ noun, isError, error, empty, filtered, countCapped }: Props) => (
  <>
    {isError ? (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          {(error as Error)?.message ?? `Could not load ${noun}.`}
        </Text>
      </div>
    ) : (
      <DataTable.Table emptyState={{ empty, filtered }} />
    )}
    <DataTable.Pagination translations={countCapped ? CAPPED_PAGINATION : undefined} />
  </>
)
