import { Tooltip } from "@medusajs/ui"
import type { ReactElement } from "react"

/** A control that, when disabled for `reason`, says why on hover (a disabled button gets no hover, so a span takes it). */
export const Explained = ({ reason, children }: { reason: string | null | undefined; children: ReactElement }) =>
  reason ? (
    <Tooltip content={reason}>
      <span>{children}</span>
    </Tooltip>
  ) : (
    children
  )
