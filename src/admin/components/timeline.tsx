import { Button, Text, Tooltip } from "@medusajs/ui"
import type { ReactNode } from "react"
import { formatDateTime } from "../lib/format"

/** A time in the admin's format, with the exact instant on hover. */
export const When = ({ at }: { at: string }) => (
  <Tooltip content={new Date(at).toISOString()}>
    <span>{formatDateTime(at)}</span>
  </Tooltip>
)

/** An entry's last lines: its note, quoted, then who (`by`, when known) and when. */
export const TimelineFooter = ({ note, by, at }: { note?: string | null; by?: ReactNode; at: string }) => (
  <>
    {note && (
      <Text size="small" leading="compact" className="text-ui-fg-subtle whitespace-pre-line">
        “{note}”
      </Text>
    )}
    <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
      {by && <>{by} · </>}
      <When at={at} />
    </Text>
  </>
)

type TimelineEntries = { key: string; content: ReactNode; attributes?: Record<string, string | undefined> }[]

/** A vertical timeline: one dot per entry, joined by a line, newest first as given. */
export const Timeline = ({ entries, testId }: { entries: TimelineEntries; testId: string }) => (
  <ol className="flex flex-col px-6 py-4" data-testid={testId}>
    {entries.map((entry, index) => (
      <li key={entry.key} className="grid grid-cols-[20px_1fr] gap-x-3" {...entry.attributes}>
        <div className="flex flex-col items-center">
          <div className="bg-ui-bg-base shadow-borders-base mt-1 flex size-5 items-center justify-center rounded-full">
            <div className="bg-ui-tag-neutral-icon size-1.5 rounded-full" />
          </div>
          {index < entries.length - 1 && <div className="bg-ui-border-base w-px flex-1" />}
        </div>
        <div className="flex flex-col gap-y-1 pb-5">{entry.content}</div>
      </li>
    ))}
  </ol>
)

/**
 * A section's timeline that loads in pages: the loading, error and empty texts, the entries, and
 * "Show more" (`onMore`) while fewer than `count` are shown.
 */
export const PagedTimeline = ({
  entries,
  count,
  isLoading,
  isError,
  texts,
  testId,
  moreTestId,
  onMore,
}: {
  entries: TimelineEntries
  count: number
  isLoading: boolean
  isError?: boolean
  texts: { loading: string; empty: string; error?: string }
  testId: string
  moreTestId: string
  onMore: () => void
}) =>
  isLoading ? (
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
      {texts.loading}
    </Text>
  ) : isError ? (
    <Text size="small" className="text-ui-fg-error px-6 py-4">
      {texts.error ?? "This could not be loaded."}
    </Text>
  ) : entries.length === 0 ? (
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
      {texts.empty}
    </Text>
  ) : (
    <>
      <Timeline testId={testId} entries={entries} />
      {entries.length < count && (
        <div className="px-6 py-3">
          <Button size="small" variant="secondary" onClick={onMore} data-testid={moreTestId}>
            Show more
          </Button>
        </div>
      )}
    </>
  )
