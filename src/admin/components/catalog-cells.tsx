import { Badge } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A record's code, set in the monospace the dashboard uses for handles. */
export const CodeCell = ({ code }: { code: string }) => <code className="txt-compact-xsmall">{code}</code>

/** Small badges in a row (skills, tags), or "–" when there are none. */
export const BadgeList = ({ items }: { items: { key: string; label: ReactNode }[] }) =>
  items.length ? (
    <div className="flex flex-wrap gap-1">
      {items.map((item) => (
        <Badge key={item.key} size="2xsmall">
          {item.label}
        </Badge>
      ))}
    </div>
  ) : (
    <>–</>
  )

/** A name after the dot of its colour (teams, technicians); grey when it has none. */
export const ColorName = ({ color, children }: { color: string | null | undefined; children: ReactNode }) => (
  <span className="flex items-center gap-x-2">
    <span className="size-2.5 rounded-full" style={{ backgroundColor: color || "#94a3b8" }} />
    {children}
  </span>
)
