import { Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A label / value row inside a `Container`, shaped like the dashboard's own detail sections. */
export const SectionRow = ({
  title,
  value,
  actions,
}: {
  title: string
  value?: ReactNode
  actions?: ReactNode
}) => {
  const isText = typeof value === "string" || typeof value === "number" || value === null || value === undefined
  return (
    <div
      className={clx("text-ui-fg-subtle grid w-full grid-cols-2 items-center gap-4 px-6 py-4", {
        "grid-cols-[1fr_1fr_28px]": !!actions,
      })}
    >
      <Text size="small" weight="plus" leading="compact">
        {title}
      </Text>
      {isText ? (
        <Text size="small" leading="compact" className="whitespace-pre-line text-pretty break-words">
          {value === null || value === undefined || value === "" ? "–" : value}
        </Text>
      ) : (
        <div className="txt-compact-small flex min-w-0 flex-wrap items-center gap-1">{value}</div>
      )}
      {actions && <div>{actions}</div>}
    </div>
  )
}

/** The page frame the dashboard uses for detail pages: main column plus a 440px side column. */
export const TwoColumnLayout = ({ main, side }: { main: ReactNode; side: ReactNode }) => (
  <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]">
    <div className="flex w-full min-w-0 flex-col gap-y-3">{main}</div>
    <div className="flex w-full min-w-0 flex-col gap-y-3">{side}</div>
  </div>
)
