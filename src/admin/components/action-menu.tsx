import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton, Tooltip, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"

export type Action = {
  icon?: ReactNode
  label: string
  disabled?: boolean
  /** Shown next to a disabled action so the merchant knows why. */
  disabledReason?: string
  onClick?: () => void
  to?: string
}

/** The "…" menu of dashboard sections: groups of actions separated by lines. */
export const ActionMenu = ({ groups, testId }: { groups: { actions: Action[] }[]; testId?: string }) => (
  <DropdownMenu>
    <DropdownMenu.Trigger asChild>
      <IconButton size="small" variant="transparent" data-testid={testId} onClick={(e) => e.stopPropagation()}>
        <EllipsisHorizontal />
      </IconButton>
    </DropdownMenu.Trigger>
    <DropdownMenu.Content>
      {groups
        .filter((g) => g.actions.length)
        .map((group, gi, all) => (
          <DropdownMenu.Group key={gi}>
            {group.actions.map((action) => {
              const className = clx("[&_svg]:text-ui-fg-subtle flex items-center gap-x-2", {
                "[&_svg]:text-ui-fg-disabled": action.disabled,
              })
              const item = action.to ? (
                <DropdownMenu.Item key={action.label} className={className} asChild disabled={action.disabled}>
                  <Link to={action.to} onClick={(e) => e.stopPropagation()}>
                    {action.icon}
                    <span>{action.label}</span>
                  </Link>
                </DropdownMenu.Item>
              ) : (
                <DropdownMenu.Item
                  key={action.label}
                  className={className}
                  disabled={action.disabled}
                  onClick={(e) => {
                    e.stopPropagation()
                    action.onClick?.()
                  }}
                >
                  {action.icon}
                  <span>{action.label}</span>
                </DropdownMenu.Item>
              )
              return action.disabled && action.disabledReason ? (
                <Tooltip key={action.label} content={action.disabledReason} side="left">
                  <div>{item}</div>
                </Tooltip>
              ) : (
                item
              )
            })}
            {gi < all.length - 1 && <DropdownMenu.Separator />}
          </DropdownMenu.Group>
        ))}
    </DropdownMenu.Content>
  </DropdownMenu>
)
